/**
 * What every widget's index.astro does before `<Island client:visible {...island} />`: take the
 * page language, pick that language's labels (only those reach the browser), and check the
 * example props against the widget's zod schema (a bad one fails the build, page named).
 * The `client:visible` line itself stays in each wrapper: Astro only hydrates a component that
 * the .astro file imports and renders by name.
 */
import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales';
import { currentLang } from '../../components/content/pageLang';
import { commonLabels, type CommonLabels } from './labels';
import { parseProps } from './props';
// Every page with a widget gets the widgets' styles through this import.
import './island.css';

/** The part of the Astro global a wrapper needs. */
interface WrapperContext {
  readonly currentLocale: string | undefined;
  readonly url: URL;
  readonly props: unknown;
}

/**
 * The island's props: `locale`, `common` and `labels` in the page language, plus the checked example props.
 * @example const island = islandProps(Astro, 'TemperatureDial', schema(), labels);
 */
export function islandProps<S extends z.ZodObject, L>(
  astro: WrapperContext,
  name: string,
  schema: S,
  labels: Readonly<Record<Lang, L>>,
): { locale: Lang; common: CommonLabels; labels: L } & z.output<S> {
  const props = parseProps(name, schema, astro.props, astro.url.pathname);
  const locale = currentLang(astro.currentLocale);
  return { ...props, locale, common: commonLabels[locale], labels: labels[locale] };
}
