// The assessment's views: two levels compared, a person's standing in one skill, a role across
// a catalog. Re-exported by the `@skill-ladder/react/assessment` entry.
export { LevelComparison } from './level-comparison.js';
export type { LevelComparisonProps } from './level-comparison.js';
export { ProgressChart } from './progress-chart.js';
export type { ProgressChartProps } from './progress-chart.js';
export { SkillRadar } from './skill-radar.js';
export type { SkillRadarProps } from './skill-radar.js';
export { chartPngBlob, chartSvgBlob, serializeChart } from './svg-download.js';
