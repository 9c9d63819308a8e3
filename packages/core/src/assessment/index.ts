// A subpath of its own (`@skill-ladder/core/assessment`), so that a page that only shows a
// ladder pays nothing for self-assessment.
export { MARK_STATUSES, NOTE_MAX_LENGTH } from './types.js';
export type {
  Assessment,
  AssessmentNotice,
  AssessmentProgress,
  AssessmentSnapshot,
  AssessmentStorage,
  AssessmentStore,
  ExpectationChange,
  ExpectationItem,
  ImportPreview,
  LevelProgress,
  Mark,
  MarkId,
  MarkStatus,
  ReconciledItem,
} from './types.js';

export { splitExpectations } from './split-expectations.js';
export { cellExpectations, expectationKey, markId } from './expectation-key.js';

export {
  assessmentMessages,
  createAssessmentTranslator,
} from './messages/assessment-translator.js';
export type { AssessmentTranslator } from './messages/assessment-translator.js';
export type {
  AssessmentLocaleMessages,
  AssessmentMessageKey,
  AssessmentMessages,
} from './messages/types.js';
