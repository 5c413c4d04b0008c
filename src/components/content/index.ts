/**
 * Components available in every lesson's MDX without an import.
 * Widgets (src/islands/<Name>/index.astro) and figures (src/figures/<Name>/<Name>.astro) are found
 * by their folders: adding one needs no line here.
 */
import Num from './Num.astro';
import NumList from './NumList.astro';
import Tex from './Tex.astro';
import Term from './Term.astro';
import Check from './Check.astro';
import CodeTabs from './CodeTabs.astro';
import Choice from './Choice.astro';
import Option from './Option.astro';
import Why from './Why.astro';
import Hint from './Hint.astro';
import Solution from './Solution.astro';
import Problem from './Problem.astro';
import Proof from './Proof.astro';
import Task from './Task.astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { figureComponents } from '../../figures';

const widgets = import.meta.glob<{ default: AstroComponentFactory }>(
  '../../islands/*/index.astro',
  { eager: true },
);

/** `<Name>` → the wrapper of the widget in `src/islands/<Name>/index.astro`, found by its folder. */
export const widgetComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(widgets).map(([path, module]) => [path.split('/').at(-2) ?? path, module.default]),
);

export const mdxComponents = {
  Num,
  NumList,
  Tex,
  Term,
  Check,
  CodeTabs,
  Choice,
  Option,
  Why,
  Hint,
  Solution,
  Problem,
  Proof,
  Task,
  ...widgetComponents,
  ...figureComponents,
};
