'use client';

export { SkillLadder } from './skill-ladder';
export type { SkillLadderProps } from './skill-ladder';
export { LadderRoot } from './ladder-root';
export type { LadderRootProps } from './ladder-root';
export { LadderSummary } from './ladder-summary';
export type { LadderSummaryProps } from './ladder-summary';
export { LevelSelector } from './level-selector';
export type { LevelSelectorProps } from './level-selector';
export { RoleSelect } from './role-select';
export type { RoleSelectProps } from './role-select';
export { PromotionCard, PromotionCards } from './promotion-cards';
export type { PromotionCardProps, PromotionCardsProps } from './promotion-cards';
export { RoleComparisonTable } from './role-comparison-table';
export type { RoleComparisonTableProps } from './role-comparison-table';
export { LadderMatrix } from './ladder-matrix';
export type { LadderMatrixProps, MatrixCellSelection } from './ladder-matrix';
export { LadderErrorBoundary, LadderErrorPanel } from './ladder-error';
export type { LadderErrorPanelProps, LadderFailure } from './ladder-error';
export { RequirementBadge } from './requirement-badge';
export type { RequirementBadgeProps } from './requirement-badge';
export { useSkillLadder } from './use-skill-ladder';
export type {
  SkillLadderFailed,
  SkillLadderReady,
  SkillLadderState,
  UseSkillLadderOptions,
} from './use-skill-ladder';
export type { PartProps } from './part-props';
export type { LocaleProps } from './use-translator';
