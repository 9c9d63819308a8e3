// The contract of self-assessment (issue 15): what a person marks, how it is stored, and what
// the views derive from it. Everything here is plain JSON-able data, so that a host can keep an
// assessment in its own backend and a file export is the same shape as what is stored.

/**
 * How far a person says they already do one expectation.
 *
 * @example
 * const status: MarkStatus = 'partly';
 */
export type MarkStatus = 'yes' | 'partly' | 'not-yet';

/**
 * Every mark status, in the order the checklist offers them.
 *
 * @example
 * MARK_STATUSES.map((status) => t.message(`assessment.status.${status}`))
 */
export const MARK_STATUSES = ['yes', 'partly', 'not-yet'] as const satisfies readonly MarkStatus[];

/**
 * One expectation of a cell: a sentence of its description, verbatim, with a key derived from
 * its text (so a reworded expectation gets a new key and its old mark shows as changed).
 *
 * @example
 * const [first]: ExpectationItem[] = cellExpectations(cell);
 * first.text // 'Designs ML pipelines with Kubeflow/Airflow.'
 */
export interface ExpectationItem {
  /** Stable for the same text: `expectationKey(text)`, with `~2`, `~3` … for repeats in one cell. */
  readonly key: string;
  readonly text: string;
}

/**
 * A person's mark on one expectation. `text` is the expectation as it read when they marked
 * it, so that a change of wording can be shown; `at` (ms since the epoch) decides, item by
 * item, which of two tabs' marks wins.
 *
 * @example
 * const mark: Mark = { status: 'yes', text: 'Implements pipeline testing.', at: Date.now() };
 */
export interface Mark {
  readonly status: MarkStatus;
  /** A short note of the person's own; at most `NOTE_MAX_LENGTH` characters. */
  readonly note?: string;
  readonly text: string;
  readonly at: number;
}

/**
 * The longest note a mark keeps.
 *
 * @example
 * note.slice(0, NOTE_MAX_LENGTH)
 */
export const NOTE_MAX_LENGTH = 500;

/**
 * Where a mark belongs: `${roleId}/${levelId}/${itemKey}`.
 *
 * @example
 * const id: MarkId = markId('ml-engineer', 'senior', item.key);
 */
export type MarkId = string;

/**
 * One person's self-assessment on one ladder (format version 2, the current one). This is what
 * storage keeps and what an export file holds (with `format: 'skill-ladder-assessment'`).
 *
 * @example
 * const assessment: Assessment = emptyAssessment('ml-pipelines');
 */
export interface Assessment {
  readonly version: 2;
  /** The ladder (skill) id. */
  readonly ladder: string;
  /** The person's career role, current level and chosen target level, when picked. */
  readonly careerRole?: string;
  readonly level?: string;
  readonly target?: string;
  readonly marks: Readonly<Record<MarkId, Mark>>;
  /**
   * When a mark was taken away (ms since the epoch), so that a mark removed in one tab does not
   * come back from another tab that still holds it: item by item, the later of a mark's `at` and
   * its removal wins.
   */
  readonly removed?: Readonly<Record<MarkId, number>>;
  /** When each choice was last set or cleared (ms since the epoch): the later of two tabs wins. */
  readonly chosenAt?: Readonly<Partial<Record<'careerRole' | 'level' | 'target', number>>>;
  /** Set by "Clear": marks older than this are gone, also when another tab still holds them. */
  readonly clearedAt?: number;
  /** When anything last changed (ms since the epoch). */
  readonly updatedAt: number;
}

/**
 * A storage an assessment is kept in: the browser's `localStorage` by default, or a host's own
 * (its backend), sync or async. Values are the JSON text of an `Assessment`. `subscribe` tells
 * of changes made elsewhere (another tab, another device) and returns an unsubscribe.
 *
 * @example
 * const storage: AssessmentStorage = {
 *   get: (key) => fetch(`/api/assessments/${key}`).then((r) => (r.ok ? r.text() : null)),
 *   set: (key, value) => fetch(`/api/assessments/${key}`, { method: 'PUT', body: value }).then(() => {}),
 *   remove: (key) => fetch(`/api/assessments/${key}`, { method: 'DELETE' }).then(() => {}),
 * };
 */
export interface AssessmentStorage {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
  subscribe?(key: string, onChange: () => void): () => void;
}

/**
 * Something the person must be told about their stored data, once:
 * - `restored-fresh`: what was stored could not be read (not JSON, or not an assessment); it
 *   was kept under `backupKey` and the person starts fresh;
 * - `storage-unavailable`: storage throws on access (a sandboxed iframe, blocked storage); the
 *   assessment works in memory only;
 * - `storage-full`: a write failed for lack of room; the assessment works in memory only;
 * - `migrated`: it was stored in an older format version and was brought up to date.
 *
 * @example
 * if (notice?.kind === 'storage-full') show(t('assessment.notice.storageFull'));
 */
export type AssessmentNotice =
  | { readonly kind: 'restored-fresh'; readonly backupKey: string }
  | { readonly kind: 'storage-unavailable' }
  | { readonly kind: 'storage-full' }
  | { readonly kind: 'migrated'; readonly fromVersion: number };

/**
 * The live state of an assessment store, for `useSyncExternalStore`.
 *
 * @example
 * const { assessment, loading, notices } = store.getSnapshot();
 */
export interface AssessmentSnapshot {
  readonly assessment: Assessment;
  /** True until an async storage's first read has answered. */
  readonly loading: boolean;
  /** `memory` once storage failed or when it is off: nothing more is written. */
  readonly persistence: 'storage' | 'memory';
  readonly notices: readonly AssessmentNotice[];
}

/**
 * An assessment kept in a storage, merged item by item with other tabs. Made by
 * `createAssessmentStore`.
 *
 * @example
 * const store = createAssessmentStore({ ladder: 'ml-pipelines' });
 * store.mark('ml-engineer/senior/k1a2b3', { status: 'yes', text: 'Implements pipeline testing.' });
 */
export interface AssessmentStore {
  getSnapshot(): AssessmentSnapshot;
  subscribe(listener: () => void): () => void;
  /** Sets (or, with `undefined`, removes) one mark; `at` is stamped by the store. */
  mark(id: MarkId, mark: Omit<Mark, 'at'> | undefined): void;
  /** Sets the person's career role, level or target (`undefined` clears one). */
  choose(choice: Partial<Pick<Assessment, 'careerRole' | 'level' | 'target'>>): void;
  /** Replaces the whole assessment (an import), keeping nothing of the old one. */
  replace(assessment: Assessment): void;
  /** Removes every mark and choice, here and in other tabs. */
  clear(): void;
  /** Forgets a notice the person has seen. */
  dismiss(notice: AssessmentNotice): void;
  /** Stops listening to storage and other tabs. */
  dispose(): void;
}

/**
 * How a cell's expectations stand against a person's marks, from `reconcileCell`:
 * `marked` (a mark with this key), `changed` (no mark with this key, but one on a reworded
 * sentence of the same cell: shown with its old text and not counted until confirmed),
 * `unmarked`.
 *
 * @example
 * items.filter((item) => item.state === 'changed')
 */
export type ReconciledItem =
  | (ExpectationItem & { readonly state: 'marked'; readonly id: MarkId; readonly mark: Mark })
  | (ExpectationItem & {
      readonly state: 'changed';
      readonly id: MarkId;
      readonly previous: Mark;
      readonly previousId: MarkId;
    })
  | (ExpectationItem & { readonly state: 'unmarked'; readonly id: MarkId });

/**
 * One level's progress for one role, from `assessmentProgress`.
 *
 * @example
 * t('assessment.progress', { level: 'Senior', yes: p.yes, total: p.total, partly: p.partly })
 */
export interface LevelProgress {
  readonly level: string;
  readonly requirement: 'required' | 'optional' | 'not-expected';
  /** Expectations at this level (0 when not expected). */
  readonly total: number;
  readonly yes: number;
  readonly partly: number;
  readonly notYet: number;
  readonly unmarked: number;
  /** Marks whose expectation was reworded since; counted in none of the above but `total`. */
  readonly changed: number;
}

/**
 * A role's progress at every level, the estimated level and what is left, from
 * `assessmentProgress`.
 *
 * @example
 * const progress = assessmentProgress(ladder, assessment, 'ml-engineer');
 * progress.estimatedLevel // 'middle': the highest level whose required items are all "yes"
 */
export interface AssessmentProgress {
  readonly role: string;
  readonly levels: readonly LevelProgress[];
  /** The highest level whose required expectations are all "yes"; `undefined` when none. */
  readonly estimatedLevel: string | undefined;
}

/**
 * What changes in a role's expectations between two levels, from `compareLevels`: the cell's
 * requirement change and its sentences matched up, in words.
 *
 * @example
 * compareLevels(ladder, 'middle', 'senior')[0].items.filter((item) => item.change === 'new')
 */
export interface ExpectationChange {
  readonly change: 'same' | 'new' | 'gone' | 'reworded';
  /** The sentence at the first level (`undefined` for `new`). */
  readonly from?: ExpectationItem;
  /** The sentence at the second level (`undefined` for `gone`). */
  readonly to?: ExpectationItem;
}

/**
 * What a file import would change, from `previewImport`: counts for the preview dialog.
 *
 * @example
 * t('assessment.import.preview', preview)
 */
export interface ImportPreview {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** The file's ladder differs from this one. */
  readonly otherLadder: boolean;
}
