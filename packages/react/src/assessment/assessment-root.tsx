import {
  assessmentProgress,
  type Assessment,
  type AssessmentMessages,
  type AssessmentStorage,
} from '@skill-ladder/core/assessment';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLadder } from '../ladder-context.js';
import { useLatestCallback } from '../use-latest-callback.js';
import { AssessmentContext, type AssessmentContextValue } from './assessment-context.js';
import { useAssessmentText } from './assessment-text.js';
import { useAssessmentStore } from './use-assessment-store.js';

/** Props of `AssessmentRoot`. */
export interface AssessmentRootProps {
  /**
   * Where the assessment is kept: `'local'` (default), the browser's `localStorage` under a
   * key per ladder; `'memory'`, nowhere (gone on reload); or a storage of your own (sync or
   * async `get` / `set` / `remove`, and `subscribe` for changes made elsewhere). Create your
   * own storage once, not in render: a new one is a new store.
   */
  storage?: AssessmentStorage | 'local' | 'memory';
  /** Overrides of the assessment's interface strings, by key (`assessment.…`). */
  messages?: AssessmentMessages;
  /** Called with the whole assessment after each change the person (or another tab) makes. */
  onAssessmentChange?: (assessment: Assessment) => void;
  /**
   * Restore the ladder's level and career role from the stored assessment once it is read.
   * Default `true`; pass `false` when the host sets them itself (props or the URL).
   */
  restoreSelection?: boolean;
  /** The assessment parts: `PromotionChecklist`, `AssessmentProgress`, `AssessmentActions`… */
  children?: ReactNode;
}

/**
 * Keeps one person's self-assessment of the ladder of its `LadderRoot`: a store per ladder in
 * `storage`, in step with the root's level and career role pickers (the assessment remembers
 * them, and brings them back on the next visit). On the server, and in the first render that
 * hydrates, it shows the empty assessment and reads no storage. Renders no element of its own.
 *
 * @example
 * <LadderRoot skill="ml-pipelines">
 *   <AssessmentRoot>
 *     <PromotionChecklist />
 *     <AssessmentProgress />
 *     <AssessmentActions />
 *   </AssessmentRoot>
 * </LadderRoot>
 */
export function AssessmentRoot({
  storage = 'local',
  messages,
  onAssessmentChange,
  restoreSelection = true,
  children,
}: AssessmentRootProps) {
  const { ladder, source, t, level, nextLevel, careerRole, setLevel, setCareerRole } =
    useLadder('AssessmentRoot');
  const { store, snapshot } = useAssessmentStore(ladder.id, storage);
  const text = useAssessmentText(t, messages);
  const { assessment, loading } = snapshot;

  // Once per store, when its first read has answered: bring back the stored choice, or keep
  // the root's. After that, the root's pickers lead and the assessment follows.
  const synced = useRef<typeof store>(undefined);
  useEffect(() => {
    if (!store || loading) return;
    const stored = store.getSnapshot().assessment;
    if (synced.current !== store) {
      synced.current = store;
      const role = ladder.roles.find((r) => r.id === stored.careerRole);
      const storedLevel = ladder.levels.find((l) => l.id === stored.level);
      if (restoreSelection && (role || storedLevel)) {
        if (role && role.id !== careerRole?.id) setCareerRole(role.id);
        if (storedLevel && storedLevel.id !== level.id) setLevel(storedLevel.id);
        return;
      }
    }
    if (stored.careerRole !== careerRole?.id || stored.level !== level.id) {
      store.choose({ careerRole: careerRole?.id, level: level.id });
    }
  }, [store, loading, ladder, level, careerRole, setLevel, setCareerRole, restoreSelection]);

  // The host hears of changes, not of the first read.
  const report = useLatestCallback(onAssessmentChange);
  const reported = useRef<Assessment | undefined>(undefined);
  useEffect(() => {
    if (!store || loading) return;
    const previous = reported.current;
    reported.current = assessment;
    if (previous && previous !== assessment && previous.ladder === assessment.ladder) {
      report(assessment);
    }
  }, [store, loading, assessment, report]);

  const progress = useMemo(
    () => (careerRole ? assessmentProgress(source, assessment, careerRole.id) : undefined),
    [source, assessment, careerRole],
  );
  // At the top of the ladder there is no next level: what is left is at the level itself.
  const target =
    ladder.levels.find((l) => l.id === assessment.target)?.id ?? nextLevel?.id ?? level.id;

  const value = useMemo<AssessmentContextValue>(
    () => ({
      snapshot,
      progress,
      target,
      text,
      storage: typeof storage === 'string' ? storage : 'host',
      // Before the store is made (the first render), there is nothing to act on yet.
      mark: (id, mark) => store?.mark(id, mark),
      setTarget: (next) => store?.choose({ target: next }),
      replace: (next) => store?.replace(next),
      clear: () => store?.clear(),
      dismiss: (notice) => store?.dismiss(notice),
    }),
    [snapshot, progress, target, text, storage, store],
  );
  return <AssessmentContext.Provider value={value}>{children}</AssessmentContext.Provider>;
}
