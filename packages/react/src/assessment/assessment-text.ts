import type { Translator } from '@skill-ladder/core';
import {
  createAssessmentTranslator,
  type AssessmentMessages,
  type AssessmentTranslator,
} from '@skill-ladder/core/assessment';
import { useMemo } from 'react';

/** Built once per translator and overrides. */
export function useAssessmentText(
  t: Translator,
  messages: AssessmentMessages | undefined,
): AssessmentTranslator {
  return useMemo(() => createAssessmentTranslator(t, messages), [t, messages]);
}
