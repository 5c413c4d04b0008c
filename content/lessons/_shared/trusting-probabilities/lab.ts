/** The digit lab's real calibration, shared by the intuitive and mechanical levels of "trusting-probabilities". */
import { softmax } from '~/lib/math';
import { buildDigits, buildLogits } from '~/islands/shared/labBuild';
import { accuracy } from '~/lab/accuracy';
import { expectedCalibrationError } from '~/lab/expectedCalibrationError';
import { fitTemperature } from '~/lab/fitTemperature';
import { meanCrossEntropy } from '~/lab/meanCrossEntropy';
import { CALIBRATION_BINS } from '~/lab/reliabilityBins';

/**
 * The real calibration of the digit lab's shipped models (issue 14), computed at build time from
 * the shipped weights (src/lab/assets): accuracy and mean confidence on the 2,000 test digits,
 * ECE with the lab's 15 bins, the temperature fitted on the 1,000 validation digits (NLL
 * minimised by the lab's fitTemperature), and the test ECE at that temperature. "tripled" is
 * softmax regression with every logit multiplied by 3 (model B's trick, on real digits).
 */
export const labTest = buildDigits('test');
const labValidation = buildDigits('validation');
const calibrationOf = (test: Float64Array, validation: Float64Array) => {
  const T = fitTemperature(validation, labValidation.labels);
  let conf = 0;
  for (let i = 0; i < labTest.count; i++)
    conf += Math.max(...softmax(test.subarray(i * 10, i * 10 + 10)));
  return {
    accuracy: accuracy(test, labTest.labels),
    meanConf: conf / labTest.count,
    ece: expectedCalibrationError(test, labTest.labels),
    T,
    eceAfter: expectedCalibrationError(test, labTest.labels, { temperature: T }),
    nll: meanCrossEntropy(test, labTest.labels, 10, 1),
    nllAfter: meanCrossEntropy(test, labTest.labels, 10, T),
  };
};
const labLinearLogits = buildLogits('linear', 'test');
export const labLinear = calibrationOf(labLinearLogits, buildLogits('linear', 'validation'));
export const labHidden = calibrationOf(
  buildLogits('hidden84', 'test'),
  buildLogits('hidden84', 'validation'),
);
export const tripleFactor = 3;
export const labTripledLogits = labLinearLogits.map((v) => tripleFactor * v);
export const labTripled = calibrationOf(
  labTripledLogits,
  buildLogits('linear', 'validation').map((v) => tripleFactor * v),
);
export const labTestCount = labTest.count;
export const labValidationCount = labValidation.count;
export const labBins = CALIBRATION_BINS;
