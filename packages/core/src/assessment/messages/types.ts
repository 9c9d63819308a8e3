import type { Message } from '../../messages/types.js';
import type { assessmentEn } from './en.js';

/**
 * The key of an interface string of the self-assessment parts (all start with `assessment.`).
 *
 * @example
 * const key: AssessmentMessageKey = 'assessment.status.partly';
 */
export type AssessmentMessageKey = keyof typeof assessmentEn;

/**
 * What a host may pass to `createAssessmentTranslator`: overrides of any assessment string by
 * key, or a whole set for a locale we do not ship (`{ strings }`, checked against English
 * with `satisfies AssessmentLocaleMessages`).
 *
 * @example
 * const messages: AssessmentMessages = { 'assessment.status.yes': 'Done' };
 */
export type AssessmentMessages =
  Partial<Readonly<Record<AssessmentMessageKey, Message>>> | AssessmentLocaleMessages;

/**
 * Every assessment string of one locale.
 *
 * @example
 * const ar = { strings: { ...arabicAssessmentStrings } } satisfies AssessmentLocaleMessages;
 */
export interface AssessmentLocaleMessages {
  readonly strings: Readonly<Record<AssessmentMessageKey, Message>>;
}
