/**
 * Components available in every lesson's MDX without an import.
 * Island wrappers (components/islands/*.astro) are added here as they are built.
 */
import Num from './Num.astro';
import NumList from './NumList.astro';
import Tex from './Tex.astro';
import Term from './Term.astro';
import Check from './Check.astro';
import CodeTabs from './CodeTabs.astro';
import LogitPlayground from '../islands/LogitPlayground.astro';
import StepByStep from '../islands/StepByStep.astro';
import ArgmaxVsSoftmax from '../islands/ArgmaxVsSoftmax.astro';
import TemperatureDial from '../islands/TemperatureDial.astro';
import JacobianMatrix from '../islands/JacobianMatrix.astro';
import CrossEntropyGradient from '../islands/CrossEntropyGradient.astro';
import SafeComputation from '../islands/SafeComputation.astro';
import SigmoidVsSoftmax from '../islands/SigmoidVsSoftmax.astro';
import SoftmaxPolicy from '../islands/SoftmaxPolicy.astro';
import AttentionWeights from '../islands/AttentionWeights.astro';
import { figureComponents } from '../../figures';


export const mdxComponents = {
  Num,
  NumList,
  Tex,
  Term,
  Check,
  CodeTabs,
  LogitPlayground,
  StepByStep,
  ArgmaxVsSoftmax,
  TemperatureDial,
  JacobianMatrix,
  CrossEntropyGradient,
  SafeComputation,
  SigmoidVsSoftmax,
  SoftmaxPolicy,
  AttentionWeights,
  ...figureComponents,
};
