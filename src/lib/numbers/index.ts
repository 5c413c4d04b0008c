/**
 * Reading and writing numbers in the reader's language. Every convention (the `Intl` tag, the
 * decimal and list separators) comes from the locale table, src/i18n/locales.ts, through
 * {@link numberConventions}; nothing here branches on a language code.
 */
export {
  conventionsOfTag,
  numberConventions,
  type NumberConventions,
  type NumberLocale,
} from './conventions';
export { formatNumber, NOT_A_FINITE_NUMBER, type FormatOptions } from './formatNumber';
export { formatNumberList } from './formatNumberList';
export { formatPercent } from './formatPercent';
export {
  parseNumberList,
  spaceGroupedNumber,
  type ParseError,
  type ParseErrorCode,
  type ParseOptions,
  type ParseResult,
} from './parseNumberList';
