/**
 * Components available in every lesson's MDX without an import.
 * Island wrappers (components/islands/*.astro) are added here as they are built.
 */
import Num from './Num.astro';
import NumList from './NumList.astro';
import Tex from './Tex.astro';
import Term from './Term.astro';

export const mdxComponents = { Num, NumList, Tex, Term };
