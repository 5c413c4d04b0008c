/**
 * Softmax core library: pure TypeScript mathematics (no DOM, no Astro, no i18n; reading and
 * writing numbers per language is src/lib/numbers). Every island and every number printed in a
 * lesson is computed here.
 */
export { argmax } from './argmax';
export { binaryCrossEntropy, type BinaryCrossEntropyOptions } from './binaryCrossEntropy';
export { crossEntropy } from './crossEntropy';
export { crossEntropyGradient } from './crossEntropyGradient';
export { entropy } from './entropy';
export { expInFormat } from './expInFormat';
export { floatFormat, type FloatFormat, type FloatFormatName } from './floatFormat';
export { logSoftmax } from './logSoftmax';
export { logSumExp } from './logSumExp';
export { mergeSoftmaxStates } from './mergeSoftmaxStates';
export { minP } from './minP';
export { mulberry32, type Rng } from './mulberry32';
export { oneHot } from './oneHot';
export { onlineSoftmax } from './onlineSoftmax';
export { onlineSoftmaxWeightedSum } from './onlineSoftmaxWeightedSum';
export { dot } from './dot';
export type { Target } from './resolveTarget';
export type { TemperatureOptions } from './resolveTemperature';
export { roundToBfloat16 } from './roundToBfloat16';
export { roundToFloat16 } from './roundToFloat16';
export { roundToFloat32 } from './roundToFloat32';
export { roundToFormat } from './roundToFormat';
export { sampleCategorical } from './sampleCategorical';
export { sampleGumbelMax } from './sampleGumbelMax';
export { sigmoid } from './sigmoid';
export { softmax } from './softmax';
export { softmaxJacobian } from './softmaxJacobian';
export { softmaxJvp } from './softmaxJvp';
export { softmaxState, type SoftmaxState } from './softmaxState';
export { softmaxSteps, type SoftmaxSteps } from './softmaxSteps';
export { softplus } from './softplus';
export { topK } from './topK';
export { topP } from './topP';
