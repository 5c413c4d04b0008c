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

export const figureComponents = {
  ArgmaxRamp,
  ClassifierHead,
  JacobianHeatmap,
  NegLogCurve,
  NudgeLogits,
  SharePie,
  SoftmaxStages,
  TemperatureSweep,
};
