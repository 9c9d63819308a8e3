'use client';

export { SkillLadder } from './skill-ladder.js';
export type { SkillLadderProps } from './skill-ladder.js';
export { LadderRoot } from './ladder-root.js';
export type { LadderAppearanceProps, LadderRootProps } from './ladder-root.js';
export { useLadder } from './ladder-context.js';
export type { LadderContextValue } from './ladder-context.js';
export { LadderSummary } from './ladder-summary.js';
export type { LadderSummaryProps } from './ladder-summary.js';
export { LevelSelector } from './level-selector.js';
export type { LevelSelectorProps } from './level-selector.js';
export { CareerRoleSelect } from './career-role-select.js';
export type { CareerRoleSelectProps } from './career-role-select.js';
export { PromotionCard, PromotionCards } from './promotion-cards.js';
export type { PromotionCardProps, PromotionCardsProps } from './promotion-cards.js';
export { RoleComparisonTable } from './role-comparison-table.js';
export type { RoleComparisonTableProps } from './role-comparison-table.js';
export { LadderMatrix } from './ladder-matrix.js';
export type { LadderMatrixProps } from './ladder-matrix.js';
export { ExportMenu } from './export-menu.js';
export type { ExportMenuProps } from './export-menu.js';
export { LadderErrorPanel } from './ladder-error.js';
export type { LadderErrorPanelProps, LadderFailure } from './ladder-error.js';
export { useSkillLadder } from './use-skill-ladder.js';
export type {
  LadderSourceProps,
  LadderStateProps,
  SkillLadderFailed,
  SkillLadderReady,
  SkillLadderState,
  UseSkillLadderOptions,
} from './use-skill-ladder.js';
