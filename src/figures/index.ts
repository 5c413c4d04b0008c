/**
 * Build-time figures available in every lesson's MDX without an import (spread into
 * mdxComponents in src/components/content/index.ts). Add a figure here when you create it.
 */
import ArgmaxRamp from './ArgmaxRamp/ArgmaxRamp.astro';
import ClassifierHead from './ClassifierHead/ClassifierHead.astro';
import JacobianHeatmap from './JacobianHeatmap/JacobianHeatmap.astro';
import NegLogCurve from './NegLogCurve/NegLogCurve.astro';
import NudgeLogits from './NudgeLogits/NudgeLogits.astro';
import SharePie from './SharePie/SharePie.astro';
import SoftmaxStages from './SoftmaxStages/SoftmaxStages.astro';
import TemperatureSweep from './TemperatureSweep/TemperatureSweep.astro';
// Lessons 6–10 (issue 12)
import AttentionMap from './AttentionMap/AttentionMap.astro';
import CausalMask from './CausalMask/CausalMask.astro';
import ExpRange from './ExpRange/ExpRange.astro';
import NaiveVsShifted from './NaiveVsShifted/NaiveVsShifted.astro';
import PolicyTemperatures from './PolicyTemperatures/PolicyTemperatures.astro';
import ReliabilityDiagram from './ReliabilityDiagram/ReliabilityDiagram.astro';
import SameAccuracy from './SameAccuracy/SameAccuracy.astro';
import SigmoidCurve from './SigmoidCurve/SigmoidCurve.astro';
import SoftmaxVsSigmoids from './SoftmaxVsSigmoids/SoftmaxVsSigmoids.astro';

export const figureComponents = {
  ArgmaxRamp,
  ClassifierHead,
  JacobianHeatmap,
  NegLogCurve,
  NudgeLogits,
  SharePie,
  SoftmaxStages,
  TemperatureSweep,
  AttentionMap,
  CausalMask,
  ExpRange,
  NaiveVsShifted,
  PolicyTemperatures,
  ReliabilityDiagram,
  SameAccuracy,
  SigmoidCurve,
  SoftmaxVsSigmoids,
};
