/**
 * Softmax core library: pure TypeScript (no DOM, no Astro, no i18n). Every
 * island and every number printed in a lesson comes from here.
 */
export { argmax } from './argmax';
export { crossEntropy } from './crossEntropy';
export { crossEntropyGradient } from './crossEntropyGradient';
export { entropy } from './entropy';
export { formatNumber, NOT_A_FINITE_NUMBER, type FormatOptions } from './formatNumber';
export { formatNumberList } from './formatNumberList';
export { logSoftmax } from './logSoftmax';
export { logSumExp } from './logSumExp';
export { NUMBER_LOCALES, isNumberLocale, type NumberLocale } from './NumberLocale';
export { oneHot } from './oneHot';
export { dot } from './dot';
export {
  parseNumberList,
  type ParseError,
  type ParseErrorCode,
  type ParseOptions,
  type ParseResult,
} from './parseNumberList';
export type { Target } from './resolveTarget';
export type { TemperatureOptions } from './resolveTemperature';
export { sigmoid } from './sigmoid';
export { softmax } from './softmax';
export { softmaxJacobian } from './softmaxJacobian';
export { softmaxJvp } from './softmaxJvp';
export { softmaxSteps, type SoftmaxSteps } from './softmaxSteps';
