import type { Translator } from '@skill-ladder/core';
import { createAssessmentTranslator } from '@skill-ladder/core/assessment';
import { useMemo } from 'react';

/** The assessment's interface strings in the root's language, with the host's overrides. */
export type AssessmentText = ReturnType<typeof createAssessmentTranslator>;

/** A host's overrides of the assessment's interface strings, by key (`assessment.…`). */
export type AssessmentMessages = NonNullable<Parameters<typeof createAssessmentTranslator>[1]>;

/** Built once per translator and overrides. */
export function useAssessmentText(t: Translator, messages: AssessmentMessages | undefined) {
  return useMemo(() => createAssessmentTranslator(t, messages), [t, messages]);
}
