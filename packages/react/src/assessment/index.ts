'use client';

// A subpath of its own (`@skill-ladder/react/assessment`), with a stylesheet of its own
// (`assessment.css`), so that a page that only shows a ladder pays nothing for it.
export { AssessmentRoot } from './assessment-root.js';
export type { AssessmentRootProps } from './assessment-root.js';
export { useAssessment, AssessmentRootMissingError } from './assessment-context.js';
export type { AssessmentCommands, AssessmentContextValue } from './assessment-context.js';
export type { AssessmentStorageOption } from './use-assessment-store.js';
export { PromotionChecklist } from './promotion-checklist.js';
export type { PromotionChecklistProps } from './promotion-checklist.js';
export { AssessmentProgress } from './assessment-progress.js';
export type { AssessmentProgressProps } from './assessment-progress.js';
export { AssessmentActions } from './assessment-actions.js';
export type { AssessmentActionsProps } from './assessment-actions.js';
export {
  LevelComparison,
  ProgressChart,
  SkillRadar,
  chartPngBlob,
  chartSvgBlob,
  serializeChart,
} from './views.js';
export type { LevelComparisonProps, ProgressChartProps, SkillRadarProps } from './views.js';
