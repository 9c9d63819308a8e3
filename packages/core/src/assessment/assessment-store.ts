import { emptyAssessment, isMarkId, parseAssessment } from './assessment-format.js';
import {
  assessmentKey,
  backupKey,
  defaultAssessmentStorage,
  isQuotaError,
  legacyAssessmentKey,
} from './assessment-storage.js';
import { mergeAssessments, sameAssessment } from './merge-assessments.js';
import { ASSESSMENT_VERSION } from './migrate-assessment.js';
import {
  type Assessment,
  type AssessmentNotice,
  type AssessmentSnapshot,
  type AssessmentStorage,
  type AssessmentStore,
  MARK_STATUSES,
  type Mark,
  type MarkId,
  NOTE_MAX_LENGTH,
} from './types.js';

/**
 * Options of `createAssessmentStore`.
 *
 * @example
 * const options: AssessmentStoreOptions = { ladder: 'ml-pipelines', storage: null }; // memory only
 */
export interface AssessmentStoreOptions {
  /** The ladder (skill) id: the assessment's `ladder` and its storage key. */
  readonly ladder: string;
  /**
   * Where the assessment is kept: the browser's `localStorage` by default (memory only on a
   * server), a host's own storage (sync or async), or `null` for memory only.
   */
  readonly storage?: AssessmentStorage | null;
  /** The clock that stamps marks (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

type Choice = 'careerRole' | 'level' | 'target';
const CHOICES: readonly Choice[] = ['careerRole', 'level', 'target'];

const isThenable = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

// A sync storage answers in the same call (so the first snapshot is already read); an async
// one later. A throw and a rejection both go to `failed`.
function settle<T>(
  run: () => T | Promise<T>,
  next: (value: T) => void,
  failed: (error: unknown) => void,
): void {
  let value: T | Promise<T>;
  try {
    value = run();
  } catch (error) {
    failed(error);
    return;
  }
  if (isThenable(value)) value.then(next, failed);
  else next(value);
}

const sameNotice = (a: AssessmentNotice, b: AssessmentNotice) =>
  JSON.stringify(a) === JSON.stringify(b);

// Cut on a code point, never between the two halves of a surrogate pair.
function cleanNote(note: string | undefined): string | undefined {
  if (!note) return undefined;
  if (note.length <= NOTE_MAX_LENGTH) return note;
  const cut = note.slice(0, NOTE_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function checkMarkId(id: MarkId) {
  if (!isMarkId(id)) {
    throw new TypeError(`${JSON.stringify(id)} is not a mark id: use markId(role, level, key).`);
  }
}

function cleanMark(id: MarkId, mark: Omit<Mark, 'at'>, at: number): Mark {
  checkMarkId(id);
  if (!MARK_STATUSES.includes(mark.status)) {
    throw new TypeError(
      `${JSON.stringify(mark.status)} is not a mark status: it must be one of ${MARK_STATUSES.join(', ')}.`,
    );
  }
  const note = cleanNote(mark.note);
  return { status: mark.status, ...(note !== undefined && { note }), text: String(mark.text), at };
}

function without<T>(record: Readonly<Record<string, T>> | undefined, id: string) {
  if (!record || !Object.hasOwn(record, id)) return record;
  const rest = Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The assessment with one optional field set, or left out when `undefined`. */
function withField<K extends keyof Assessment>(
  assessment: Assessment,
  field: K,
  value: Assessment[K] | undefined,
): Assessment {
  const copy: Record<string, unknown> = { ...assessment, [field]: value };
  if (value === undefined) delete copy[field];
  return copy as unknown as Assessment;
}

/**
 * A live assessment for one ladder, kept in a storage and merged with other tabs: the state
 * behind the checklist, for `useSyncExternalStore`. It reads on creation (a sync storage, such
 * as `localStorage`, is read before this returns; an async one shows `loading` until it
 * answers, and marks made meanwhile are merged in, not lost). Every change is merged with what
 * storage holds before it is written, so ticks on different items in two tabs both survive, and,
 * while the store has subscribers, a write elsewhere (`storage.subscribe`) is merged in. Nothing it does throws because of
 * storage: unreadable data is kept under a backup key and the person starts fresh, a storage
 * that throws or is full leaves the assessment working in memory, and each is a notice.
 *
 * @example
 * const store = createAssessmentStore({ ladder: 'ml-pipelines' });
 * store.mark(markId('ml-engineer', 'senior', item.key), { status: 'yes', text: item.text });
 * const assessment = useSyncExternalStore(store.subscribe, store.getSnapshot).assessment;
 */
export function createAssessmentStore(options: AssessmentStoreOptions): AssessmentStore {
  const { ladder, now = Date.now } = options;
  const storage = options.storage === undefined ? defaultAssessmentStorage() : options.storage;
  const key = assessmentKey(ladder);
  const legacyKey = legacyAssessmentKey(ladder);
  const listeners = new Set<() => void>();
  let snapshot: AssessmentSnapshot = {
    assessment: emptyAssessment(ladder),
    loading: storage !== null,
    persistence: storage ? 'storage' : 'memory',
    notices: [],
  };
  let syncing = false;
  let again = false;
  // A version 1 value was migrated: its key goes once version 2 is safely written.
  let legacyMigrated = false;
  let stopListening = () => {};

  function commit(patch: Partial<AssessmentSnapshot>, notice?: AssessmentNotice) {
    const known = patch.notices ?? snapshot.notices;
    const notices =
      notice && !known.some((item) => sameNotice(item, notice)) ? [...known, notice] : known;
    const next = { ...snapshot, ...patch, notices };
    const changed = (Object.keys(next) as (keyof AssessmentSnapshot)[]).some(
      (field) => next[field] !== snapshot[field],
    );
    if (!changed) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function toMemory(error: unknown, writing: boolean) {
    stopListening();
    const kind = writing && isQuotaError(error) ? 'storage-full' : 'storage-unavailable';
    commit({ persistence: 'memory', loading: false }, { kind });
  }

  function finish() {
    syncing = false;
    if (again) {
      again = false;
      sync();
    }
  }

  function write(store: AssessmentStorage, assessment: Assessment) {
    settle(
      () => store.set(key, JSON.stringify(assessment)),
      () => {
        if (legacyMigrated) {
          legacyMigrated = false;
          // Best effort: a version 1 value left behind is read only when version 2 is missing.
          settle(
            () => store.remove(legacyKey),
            () => {},
            () => {},
          );
        }
        finish();
      },
      (error) => {
        toMemory(error, true);
        finish();
      },
    );
  }

  // What storage holds, merged into memory; written back when storage lacks any of it.
  function apply(store: AssessmentStorage, stored: Assessment | undefined, force: boolean) {
    const current = snapshot.assessment;
    const merged = stored ? mergeAssessments(current, stored) : current;
    commit({ assessment: sameAssessment(merged, current) ? current : merged, loading: false });
    const lacking = stored ? !sameAssessment(merged, stored) : merged.updatedAt > 0;
    if (force || lacking) write(store, snapshot.assessment);
    else finish();
  }

  function read(store: AssessmentStorage, raw: string, from: string) {
    let data: unknown;
    let result: ReturnType<typeof parseAssessment>;
    try {
      data = JSON.parse(raw);
      result = parseAssessment(data);
    } catch (error) {
      result = { ok: false, errors: [{ path: '', message: String(error) }] };
    }
    if (result.ok) {
      const migrated = result.fromVersion < ASSESSMENT_VERSION;
      if (migrated) {
        legacyMigrated ||= from === legacyKey;
        commit({}, { kind: 'migrated', fromVersion: result.fromVersion });
      }
      apply(store, result.assessment, migrated);
      return;
    }
    // Never overwritten before it is kept: if the backup cannot be written, nothing is.
    const backup = backupKey(from, now());
    settle(
      () => store.set(backup, raw),
      () => {
        commit({}, { kind: 'restored-fresh', backupKey: backup });
        apply(store, undefined, true);
      },
      (error) => {
        toMemory(error, true);
        finish();
      },
    );
  }

  function sync() {
    const store = storage;
    if (!store || snapshot.persistence === 'memory') return;
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    const failed = (error: unknown) => {
      toMemory(error, false);
      finish();
    };
    settle(
      () => store.get(key),
      (raw) => {
        if (raw !== null && raw !== undefined) return read(store, String(raw), key);
        settle(
          () => store.get(legacyKey),
          (old) =>
            old === null || old === undefined
              ? apply(store, undefined, false)
              : read(store, String(old), legacyKey),
          failed,
        );
      },
      failed,
    );
  }

  function change(recipe: (assessment: Assessment, at: number) => Assessment | undefined) {
    const current = snapshot.assessment;
    // Later than anything this tab has seen, so a person's last action is the one that wins.
    const at = Math.max(now(), current.updatedAt + 1);
    const next = recipe(current, at);
    // Nothing to change here; what other tabs did meanwhile may still be news.
    if (next) commit({ assessment: { ...next, updatedAt: at } });
    sync();
  }

  let heardBefore = false;
  let disposed = false;

  // Other tabs are heard while someone listens to this store, so that a store made and dropped
  // (a render React discards) leaves no listener behind.
  function listen() {
    if (!storage?.subscribe || snapshot.persistence === 'memory' || disposed) return;
    try {
      const stop = storage.subscribe(key, sync);
      stopListening = () => {
        stopListening = () => {};
        stop();
      };
    } catch {
      // Without it, other tabs' changes arrive with the next change made here.
    }
    // What other tabs wrote while nobody listened.
    if (heardBefore) sync();
    heardBefore = true;
  }

  sync();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) listen();
      return () => {
        if (listeners.delete(listener) && listeners.size === 0) stopListening();
      };
    },
    mark(id, input) {
      // Always a write, also when it says what this tab already shows: another tab may have
      // cleared or changed the item meanwhile, and this is the person's latest word on it.
      change((assessment, at) => {
        if (input) {
          const marks = { ...assessment.marks, [id]: cleanMark(id, input, at) };
          return withField({ ...assessment, marks }, 'removed', without(assessment.removed, id));
        }
        checkMarkId(id);
        const marks = without(assessment.marks, id) ?? {};
        return { ...assessment, marks, removed: { ...assessment.removed, [id]: at } };
      });
    },
    choose(choice) {
      change((assessment, at) => {
        let next = assessment;
        const chosenAt = { ...assessment.chosenAt };
        for (const field of CHOICES) {
          if (!Object.hasOwn(choice, field)) continue;
          // An empty `<select>` value means no choice.
          const value = choice[field] || undefined;
          if (value === assessment[field]) continue;
          next = withField(next, field, value);
          chosenAt[field] = at;
        }
        return next === assessment ? undefined : { ...next, chosenAt };
      });
    },
    replace(incoming) {
      change((_, at) => {
        const marks: Record<MarkId, Mark> = {};
        for (const [id, mark] of Object.entries(incoming.marks))
          marks[id] = cleanMark(id, mark, at);
        const chosen = CHOICES.filter((field) => incoming[field]);
        // Cleared at the same time as the imported marks are stamped: older marks in other
        // tabs go, these stay.
        return {
          version: ASSESSMENT_VERSION,
          ladder,
          ...Object.fromEntries(chosen.map((field) => [field, incoming[field]])),
          marks,
          ...(chosen.length > 0 && {
            chosenAt: Object.fromEntries(chosen.map((field) => [field, at])),
          }),
          clearedAt: at,
          updatedAt: at,
        };
      });
    },
    clear() {
      change((_, at) => ({
        version: ASSESSMENT_VERSION,
        ladder,
        marks: {},
        clearedAt: at,
        updatedAt: at,
      }));
    },
    dismiss(notice) {
      const notices = snapshot.notices.filter((item) => !sameNotice(item, notice));
      if (notices.length !== snapshot.notices.length) commit({ notices });
    },
    dispose() {
      disposed = true;
      stopListening();
    },
  };
}
