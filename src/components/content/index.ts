/**
 * Components available in every lesson's MDX without an import.
 * Widgets: src/islands/<Name>/index.astro, one line each here; figures come from src/figures/index.ts.
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
import ArgmaxVsSoftmax from '../../islands/ArgmaxVsSoftmax/index.astro';
import AttentionWeights from '../../islands/AttentionWeights/index.astro';
import CrossEntropyGradient from '../../islands/CrossEntropyGradient/index.astro';
import JacobianMatrix from '../../islands/JacobianMatrix/index.astro';
import LogitPlayground from '../../islands/LogitPlayground/index.astro';
import SafeComputation from '../../islands/SafeComputation/index.astro';
import SigmoidVsSoftmax from '../../islands/SigmoidVsSoftmax/index.astro';
import SoftmaxPolicy from '../../islands/SoftmaxPolicy/index.astro';
import StepByStep from '../../islands/StepByStep/index.astro';
import TemperatureDial from '../../islands/TemperatureDial/index.astro';
import DigitLab from '../../islands/DigitLab/index.astro';
import TrainIt from '../../islands/TrainIt/index.astro';
import Calibration from '../../islands/Calibration/index.astro';
import { figureComponents } from '../../figures';

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
  ArgmaxVsSoftmax,
  AttentionWeights,
  CrossEntropyGradient,
  JacobianMatrix,
  LogitPlayground,
  SafeComputation,
  SigmoidVsSoftmax,
  SoftmaxPolicy,
  StepByStep,
  TemperatureDial,
  DigitLab,
  TrainIt,
  Calibration,
  ...figureComponents,
};
