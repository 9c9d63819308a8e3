export type {
  Alignment,
  Expectation,
  ExpectedCell,
  Ladder,
  LadderCell,
  LadderLevel,
  LadderRole,
  LadderTranslation,
  LevelIdOf,
  LocalizedLadder,
  NotExpectedCell,
  Requirement,
  RoleIdOf,
} from './types.js';
export { REQUIREMENTS } from './types.js';
export { defineLadder } from './define-ladder.js';
export type { LadderDefinition } from './define-ladder.js';

export { builtInLadders, mlPipelines } from './ladders/index.js';
export type { BuiltInLadders, LadderOfSkill } from './ladders/index.js';
export type { MlPipelinesLevelId, MlPipelinesRoleId } from './ladders/ml-pipelines.js';

export { createRegistry, getSkill, listSkills, UnknownSkillError } from './registry.js';
export type { SkillRegistry } from './registry.js';

export { parseLadder } from './parse-ladder.js';
export type { LadderError, ParseLadderResult } from './parse-ladder.js';
export { localizeLadder } from './localize-ladder.js';
export { alignmentKind, alignmentUrl, frameworkLabel } from './alignment.js';

export { selectCareerRole, selectLevel } from './selection.js';
export type { Selected } from './selection.js';
export { cellAt } from './ladder-index.js';
export { summarize } from './views/summarize.js';
export type { LadderCounts } from './views/summarize.js';
export { levelRows } from './views/level-rows.js';
export { roleTrack } from './views/role-track.js';
export { requirementChange } from './views/requirement-change.js';
export type { RequirementChange } from './views/requirement-change.js';
export { nextLevel, promotionGap } from './views/promotion-gap.js';
export type { PromotionChange, PromotionGap } from './views/promotion-gap.js';
export { diffLevels } from './views/diff-levels.js';
export type { RoleDiff } from './views/diff-levels.js';

export { createTranslator, localeMessages, LOCALES } from './messages/translator.js';
export type { Locale, MessageParams, Translator } from './messages/translator.js';
export type {
  HostMessages,
  Labels,
  LocaleMessages,
  Message,
  MessageKey,
  MessageOverrides,
  PluralMessage,
} from './messages/types.js';
