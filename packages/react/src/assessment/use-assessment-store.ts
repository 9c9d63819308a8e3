import {
  createAssessmentStore,
  emptyAssessment,
  localAssessmentStorage,
  type AssessmentSnapshot,
  type AssessmentStorage,
  type AssessmentStore,
} from '@skill-ladder/core/assessment';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';

/** Where an assessment is kept: the browser's `localStorage`, memory only, or a host's own. */
export type AssessmentStorageOption = AssessmentStorage | 'local' | 'memory';

const noSubscription = () => () => {};

/**
 * One store per ladder id and storage, made after mount (so the server, and the first render
 * that hydrates its markup, see the empty assessment and touch no storage) and disposed with
 * the part or when the ladder changes.
 */
export function useAssessmentStore(
  ladderId: string,
  storage: AssessmentStorageOption,
): { store: AssessmentStore | undefined; snapshot: AssessmentSnapshot } {
  const [store, setStore] = useState<AssessmentStore>();
  useEffect(() => {
    const made = createAssessmentStore({
      ladder: ladderId,
      storage:
        storage === 'memory' ? null : storage === 'local' ? localAssessmentStorage() : storage,
    });
    setStore(made);
    return () => {
      made.dispose();
      setStore((current) => (current === made ? undefined : current));
    };
  }, [ladderId, storage]);
  // What is shown before the store is made: stable, so that React does not render again.
  const empty = useMemo<AssessmentSnapshot>(
    () => ({
      assessment: emptyAssessment(ladderId),
      loading: true,
      persistence: storage === 'memory' ? 'memory' : 'storage',
      notices: [],
    }),
    [ladderId, storage],
  );
  const source = useMemo(
    () =>
      store
        ? {
            subscribe: (listener: () => void) => store.subscribe(listener),
            get: () => store.getSnapshot(),
          }
        : { subscribe: noSubscription, get: () => empty },
    [store, empty],
  );
  const snapshot = useSyncExternalStore(source.subscribe, source.get, () => empty);
  // A store of another ladder (the ladder just changed) is never shown.
  return {
    store,
    snapshot: snapshot.assessment.ladder === ladderId ? snapshot : empty,
  };
}
