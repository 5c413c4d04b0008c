/** Shared pieces of the build-time figures (the .astro frame and axis are imported by path). */
export { numberFormat, percentFormat, fill, figureId, subscript } from './text';
export { frameLabels, type FrameLabels } from './labels';
export { figureLang } from './figureLang';
