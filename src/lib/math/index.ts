/**
 * Softmax core library: pure TypeScript mathematics (no DOM, no Astro, no i18n; reading and
 * writing numbers per language is src/lib/numbers). Every island and every number printed in a
 * lesson is computed here.
 */
export { argmax } from './argmax';
export { crossEntropy } from './crossEntropy';
export { crossEntropyGradient } from './crossEntropyGradient';
export { entropy } from './entropy';
export { logSoftmax } from './logSoftmax';
export { logSumExp } from './logSumExp';
export { oneHot } from './oneHot';
export { dot } from './dot';
export type { Target } from './resolveTarget';
export type { TemperatureOptions } from './resolveTemperature';
export { sigmoid } from './sigmoid';
export { softmax } from './softmax';
export { softmaxJacobian } from './softmaxJacobian';
export { softmaxJvp } from './softmaxJvp';
export { softmaxSteps, type SoftmaxSteps } from './softmaxSteps';
