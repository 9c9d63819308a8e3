export type {
  Ladder,
  LadderCell,
  LadderLevel,
  LadderRole,
  LevelIdOf,
  Requirement,
  RoleIdOf,
} from './types';
export { REQUIREMENTS } from './types';

export { builtInLadders, mlPipelines } from './ladders/index';
export type { MlPipelinesLevelId, MlPipelinesRoleId } from './ladders/ml-pipelines';

export { createRegistry, getSkill, listSkills, UnknownSkillError } from './registry';
export type { SkillRegistry } from './registry';

export { parseLadder } from './parse-ladder';
export type { LadderError, ParseLadderResult } from './parse-ladder';

export { cellAt, hasLevel, hasRole } from './ladder-index';
export { summarize } from './views/summarize';
export type { LadderSummary } from './views/summarize';
export { levelRows } from './views/level-rows';
export { roleTrack } from './views/role-track';
export { requirementChange } from './views/requirement-change';
export type { RequirementChange } from './views/requirement-change';
export { nextLevel, promotionGap } from './views/promotion-gap';
export type { PromotionChange, PromotionGap } from './views/promotion-gap';
export { diffLevels } from './views/diff-levels';
export type { RoleDiff } from './views/diff-levels';

export { en } from './messages/en';
export { zhCN } from './messages/zh-cn';
export { createTranslator, localeMessages, LOCALES, resolveLocale } from './messages/translator';
export { readOverrides } from './messages/read-overrides';
export type { ReadOverrides } from './messages/read-overrides';
export type { Locale, MessageParams, Translator } from './messages/translator';
export type {
  Labels,
  LocaleMessages,
  Message,
  MessageKey,
  MessageOverrides,
  PluralMessage,
} from './messages/types';

export { resolveLadder } from './resolve-ladder';
export type { LadderProblem, LadderSource, ResolvedLadder } from './resolve-ladder';
