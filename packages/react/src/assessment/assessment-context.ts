import type {
  Assessment,
  AssessmentNotice,
  AssessmentProgress,
  AssessmentSnapshot,
  Mark,
  MarkId,
} from '@skill-ladder/core/assessment';
import { createContext, useContext } from 'react';
import type { AssessmentTranslator } from '@skill-ladder/core/assessment';

/** What the person can do to their assessment, from `useAssessment()`. */
export interface AssessmentCommands {
  /** Sets (or, with `undefined`, removes) one mark. */
  mark(id: MarkId, mark: Omit<Mark, 'at'> | undefined): void;
  /** Sets the level the person aims for (`undefined`: the next level). */
  setTarget(level: string | undefined): void;
  /** Replaces the whole assessment (an import). */
  replace(assessment: Assessment): void;
  /** Removes every mark and choice, here and in other tabs. */
  clear(): void;
  /** Forgets a notice the person has seen. */
  dismiss(notice: AssessmentNotice): void;
}

/** The state `AssessmentRoot` gives its parts, and what `useAssessment()` returns. */
export interface AssessmentContextValue extends AssessmentCommands {
  /** The store's snapshot: the assessment, whether it is loading, where it is kept, notices. */
  readonly snapshot: AssessmentSnapshot;
  /** The person's progress for the selected career role; `undefined` with every role shown. */
  readonly progress: AssessmentProgress | undefined;
  /**
   * The level the person aims for: their chosen target, else the level above the selected one
   * (the selected one itself at the top of the ladder).
   */
  readonly target: string | undefined;
  /** Where the assessment is kept: the browser's storage, memory only, or the host's own. */
  readonly storage: 'local' | 'memory' | 'host';
  /** The assessment's interface strings. */
  readonly text: AssessmentTranslator;
}

export const AssessmentContext = createContext<AssessmentContextValue | null>(null);

/** The error a part (or `useAssessment`) throws outside an `AssessmentRoot`. */
export class AssessmentRootMissingError extends Error {
  override name = 'AssessmentRootMissingError';
  constructor(part: string) {
    super(
      `<${part}> must be used inside <AssessmentRoot> (itself inside <LadderRoot>), which keeps the person's assessment.`,
    );
  }
}

/**
 * The nearest `AssessmentRoot`'s assessment, the progress it gives for the selected career role,
 * and its actions. `part` names your component in the `AssessmentRootMissingError` thrown
 * outside a root.
 *
 * @example
 * function YesCount() {
 *   const { progress } = useAssessment('YesCount');
 *   return <span>{progress?.levels.reduce((sum, level) => sum + level.yes, 0) ?? 0}</span>;
 * }
 */
export function useAssessment(part = 'useAssessment'): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) throw new AssessmentRootMissingError(part);
  return value;
}
