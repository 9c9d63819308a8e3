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

export type { AssessmentV1 } from './migrate-assessment.js';
export { migrateAssessment } from './migrate-assessment.js';
export type { ParseAssessmentResult } from './assessment-format.js';
export { emptyAssessment, parseAssessment, serializeAssessment } from './assessment-format.js';
export { mergeAssessments } from './merge-assessments.js';
export { previewImport } from './preview-import.js';
export { assessmentKey, localAssessmentStorage } from './assessment-storage.js';
export type { AssessmentStoreOptions } from './assessment-store.js';
export { createAssessmentStore } from './assessment-store.js';
export { loadStoredAssessment } from './load-stored-assessment.js';
export { localizedExpectations } from './localized-expectations.js';
export type { LocalizedExpectation } from './localized-expectations.js';
export { orphanMarks, reconcileCell } from './reconcile-cell.js';
export type { OrphanMark } from './reconcile-cell.js';
export { assessmentProgress, itemsLeft } from './assessment-progress.js';
export type { ItemsLeft } from './assessment-progress.js';
export { compareExpectations, compareLevels } from './compare-levels.js';
export type { LevelComparisonRow } from './compare-levels.js';
