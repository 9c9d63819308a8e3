import type { LadderError } from '../parse-ladder.js';
import type { Alignment, Ladder, LadderLevel, LadderRole, Requirement } from '../types.js';

/**
 * A skill's texts in one more language, as the catalog index carries them: enough to list and
 * search the skill without loading its ladder.
 *
 * @example
 * const zh: CatalogSkillTranslation = { name: '机器学习流水线', roles: { 'ml-engineer': '机器学习工程师' } };
 */
export interface CatalogSkillTranslation {
  readonly name?: string;
  readonly domain?: string;
  readonly group?: string;
  readonly keywords?: readonly string[];
  readonly levels?: Readonly<Record<string, string>>;
  readonly roles?: Readonly<Record<string, string>>;
}

/**
 * One skill in a catalog index: what overviews and search need, with each role's requirement
 * per level (in level order), and no descriptions.
 *
 * @example
 * const skill: CatalogSkill = index.skills[0];
 * skill.requirements['computer-vision-engineer'] // ['optional', 'optional', 'required', 'required', 'required']
 */
export interface CatalogSkill {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly group: string;
  readonly keywords: readonly string[];
  /** ISO calendar date, `YYYY-MM-DD`. */
  readonly updated: string;
  /** The source language of the skill's texts (BCP 47). */
  readonly lang: string;
  readonly levels: readonly LadderLevel[];
  readonly roles: readonly LadderRole[];
  /** Role id → the requirement at each level, in `levels` order. */
  readonly requirements: Readonly<Record<string, readonly Requirement[]>>;
  readonly translations?: Readonly<Record<string, CatalogSkillTranslation>>;
  /** The skill's alignments to public taxonomies, as in its ladder (its roles' stay there). */
  readonly alignments?: readonly Alignment[];
  /** Where the skill's ladder file is, relative to the index (HTTP catalogs); `<id>.json` when left out. */
  readonly file?: string;
}

/**
 * The index of a catalog: every skill, in the order to list them. As JSON (`index.json`) it is
 * `{ "format": "skill-ladder-catalog", "version": 1, "skills": [...] }`.
 *
 * @example
 * const index: CatalogIndex = buildCatalogIndex(ladders);
 */
export interface CatalogIndex {
  readonly skills: readonly CatalogSkill[];
}

/**
 * What a load can be given: a signal that aborts it. An aborted load rejects with the signal's
 * reason (an `AbortError`), not a `CatalogError`.
 *
 * @example
 * catalog.loadLadder('ml-pipelines', { signal: controller.signal })
 */
export interface CatalogLoadOptions {
  readonly signal?: AbortSignal | undefined;
}

/**
 * A catalog of skills: its index and one ladder by id. Loads are cached (nothing is cached on
 * failure, so a retry loads again) and concurrent loads of one id share one request.
 *
 * @example
 * const catalog = createHttpCatalog('/ladders/index.json');
 * const ladder = await catalog.loadLadder('ml-pipelines');
 */
export interface Catalog {
  /** The index, if it is already loaded (a memory catalog's always is); never starts a load. */
  peekIndex(): CatalogIndex | undefined;
  /** Loads the index once; rejects with a `CatalogError`. */
  loadIndex(options?: CatalogLoadOptions): Promise<CatalogIndex>;
  /** The ladder, if it is already loaded; never starts a load. */
  peekLadder(id: string): Ladder | undefined;
  /** Loads one ladder, checked with `parseLadder` and against its index entry; rejects with a `CatalogError`. */
  loadLadder(id: string, options?: CatalogLoadOptions): Promise<Ladder>;
}

/**
 * Why a catalog load failed.
 *
 * @example
 * if (error instanceof CatalogError && error.kind === 'http-status') error.status // 404
 */
export type CatalogErrorKind =
  | 'network'
  | 'http-status'
  | 'invalid-json'
  | 'invalid-index'
  | 'invalid-ladder'
  | 'unknown-skill'
  | 'index-mismatch';

/**
 * The details of a `CatalogError`, by kind.
 *
 * @example
 * if (error.details.kind === 'invalid-ladder') error.details.errors.map((e) => e.path) // ['cells[2].level']
 */
export type CatalogErrorDetails =
  | { readonly kind: 'network'; readonly url: string; readonly reason: string }
  | { readonly kind: 'http-status'; readonly url: string; readonly status: number }
  | {
      readonly kind: 'invalid-json';
      readonly url: string;
      /** Offset in the text where parsing failed, when the platform says. */
      readonly position: number | undefined;
      readonly reason: string;
    }
  | {
      readonly kind: 'invalid-index';
      readonly url: string;
      readonly errors: readonly LadderError[];
    }
  | {
      readonly kind: 'invalid-ladder';
      readonly url: string;
      readonly skillId: string;
      readonly errors: readonly LadderError[];
    }
  | {
      readonly kind: 'unknown-skill';
      readonly skillId: string;
      readonly knownIds: readonly string[];
    }
  | {
      readonly kind: 'index-mismatch';
      readonly url: string;
      readonly skillId: string;
      /** Which index fields the file disagrees with (`id`, `name`, `domain`, `group`, `lang`, `levels`, `roles`, `requirements`). */
      readonly fields: readonly string[];
    };
