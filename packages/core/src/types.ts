/**
 * A requirement that expects something of the role: it must have the skill, or may have it.
 *
 * @example
 * const expectation: Expectation = 'optional';
 */
export type Expectation = 'required' | 'optional';

/**
 * Whether a role must have a skill at a level, may have it, or is not expected to have it
 * there at all (format version 2: a role that starts at Middle or stops at Lead).
 *
 * @example
 * const requirement: Requirement = 'not-expected';
 */
export type Requirement = Expectation | 'not-expected';

/**
 * Every requirement, in the order the UI lists them.
 *
 * @example
 * REQUIREMENTS.includes(value as Requirement) // is `value` a requirement?
 */
export const REQUIREMENTS = [
  'required',
  'optional',
  'not-expected',
] as const satisfies readonly Requirement[];

/**
 * A link from a skill or a role to an entry of a public taxonomy: an ESCO skill or occupation
 * (its concept URI), an O*NET-SOC occupation (its code), or any other taxonomy's entry (its
 * http(s) URL). `framework` is a lowercase name: `esco` and `onet` are checked by their own
 * rules, any other name needs an http(s) URL. `kind` says whether the target is a skill or an
 * occupation (an ESCO URI and an O*NET code say it themselves; a `kind` given must agree).
 * `relation` is ESCO's essential/optional skill relation, for an occupation: whether that
 * occupation counts this ladder's skill as essential or optional (our required/optional).
 *
 * @example
 * const alignment: Alignment = { framework: 'onet', target: '15-2051.00', name: 'Data Scientists', relation: 'essential' };
 */
export interface Alignment {
  /** `esco`, `onet`, or the lowercase name of another taxonomy. */
  readonly framework: 'esco' | 'onet' | (string & {});
  readonly kind?: 'skill' | 'occupation';
  /** An ESCO concept URI, an O*NET-SOC code (`15-2051.00`), or an http(s) URL. */
  readonly target: string;
  /** The entry's name in the taxonomy (its preferred label), to show instead of the target. */
  readonly name?: string;
  /** For an occupation: whether it counts this skill as essential or optional. */
  readonly relation?: 'essential' | 'optional';
}

/**
 * One career level. Levels are listed lowest first.
 *
 * @example
 * const senior: LadderLevel<'senior'> = { id: 'senior', name: 'Senior' };
 */
export interface LadderLevel<LevelId extends string = string> {
  readonly id: LevelId;
  readonly name: string;
  /** Set by `localizeLadder` when `name` fell back to the source language: that language. */
  readonly lang?: string;
}

/**
 * One role (job family) in which the skill appears.
 *
 * @example
 * const role: LadderRole = { id: 'ml-engineer', name: 'ML Engineer' };
 */
export interface LadderRole<RoleId extends string = string> {
  readonly id: RoleId;
  readonly name: string;
  /** Set by `localizeLadder` when `name` fell back to the source language: that language. */
  readonly lang?: string;
  /** The role's entries in public taxonomies, e.g. the ESCO or O*NET occupation it matches. */
  readonly alignments?: readonly Alignment[];
}

/**
 * A cell that expects something: required or optional, with a description of what.
 *
 * @example
 * const cell: ExpectedCell = { role: 'ml-engineer', level: 'senior', requirement: 'required', description: 'Designs pipelines.' };
 */
export interface ExpectedCell<LevelId extends string = string, RoleId extends string = string> {
  readonly role: RoleId;
  readonly level: LevelId;
  readonly requirement: Expectation;
  readonly description: string;
  /** Set by `localizeLadder` when `description` fell back to the source language. */
  readonly lang?: string;
}

/**
 * A cell that says, on purpose, that the role has no expectation of the skill at this level.
 * It has no description; a forgotten cell is still an error.
 *
 * @example
 * const cell: NotExpectedCell = { role: 'ml-engineer', level: 'junior', requirement: 'not-expected' };
 */
export interface NotExpectedCell<LevelId extends string = string, RoleId extends string = string> {
  readonly role: RoleId;
  readonly level: LevelId;
  readonly requirement: 'not-expected';
  readonly description?: undefined;
  readonly lang?: undefined;
}

/**
 * What one role is expected to do with the skill at one level, or that nothing is expected.
 * Narrow on `requirement` to read `description`.
 *
 * @example
 * const text = cell.requirement === 'not-expected' ? t.message('requirement.notExpectedHere') : cell.description;
 */
export type LadderCell<LevelId extends string = string, RoleId extends string = string> =
  ExpectedCell<LevelId, RoleId> | NotExpectedCell<LevelId, RoleId>;

/**
 * A ladder's texts in one more language. Every field is optional: what is missing falls back,
 * field by field, to the ladder's source language.
 *
 * @example
 * const zh: LadderTranslation = { name: '机器学习流水线', levels: { junior: '初级' }, cells: { 'ml-engineer': { junior: '…' } } };
 */
export interface LadderTranslation<
  LevelId extends string = string,
  RoleId extends string = string,
> {
  readonly name?: string;
  readonly domain?: string;
  readonly group?: string;
  readonly keywords?: readonly string[];
  readonly levels?: Readonly<Partial<Record<LevelId, string>>>;
  readonly roles?: Readonly<Partial<Record<RoleId, string>>>;
  /** Cell descriptions by role id, then level id. */
  readonly cells?: Readonly<Partial<Record<RoleId, Readonly<Partial<Record<LevelId, string>>>>>>;
}

/**
 * A skill ladder: one skill, its roles and ordered levels, and one cell for every
 * role × level. Plain JSON-able data; generic in its level and role ids so that a
 * built-in ladder has literal-union ids while any company's ladder still type-checks.
 *
 * @example
 * const ladder: Ladder = JSON.parse(text); // then check it: parseLadder(ladder)
 */
export interface Ladder<LevelId extends string = string, RoleId extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly group: string;
  readonly keywords: readonly string[];
  /** ISO calendar date, `YYYY-MM-DD`. */
  readonly updated: string;
  readonly levels: readonly LadderLevel<LevelId>[];
  readonly roles: readonly LadderRole<RoleId>[];
  readonly cells: readonly LadderCell<LevelId, RoleId>[];
  /** The language of the texts above, a BCP 47 tag; `en` when left out. */
  readonly lang?: string;
  /** The texts in other languages, keyed by BCP 47 tag (`zh-CN`, `ar`). */
  readonly translations?: Readonly<Record<string, LadderTranslation<LevelId, RoleId>>>;
  /** The skill's entries in public taxonomies, e.g. an ESCO skill. */
  readonly alignments?: readonly Alignment[];
}

/**
 * A ladder's texts in the language a reader asked for, from `localizeLadder`. `lang` is the
 * language of its texts; a level, role or cell whose text fell back to the source language
 * carries that language in its own `lang`, and so does `fieldLang` for the ladder's own fields.
 *
 * @example
 * const zh = localizeLadder(ladder, 'zh-CN');
 * <h2 lang={zh.fieldLang.name}>{zh.name}</h2>
 */
export interface LocalizedLadder<
  LevelId extends string = string,
  RoleId extends string = string,
> extends Ladder<LevelId, RoleId> {
  readonly lang: string;
  /** The ladder's fields whose text fell back to the source language, with that language. */
  readonly fieldLang: Readonly<Partial<Record<'name' | 'domain' | 'group' | 'keywords', string>>>;
}

/**
 * The level ids of a ladder type.
 *
 * @example
 * type Levels = LevelIdOf<typeof mlPipelines>; // 'junior' | 'middle' | 'senior' | 'lead' | 'principal'
 */
export type LevelIdOf<T extends Ladder> = T['levels'][number]['id'];

/**
 * The role ids of a ladder type.
 *
 * @example
 * type Roles = RoleIdOf<typeof mlPipelines>; // 'computer-vision-engineer' | … | 'nlp-engineer'
 */
export type RoleIdOf<T extends Ladder> = T['roles'][number]['id'];
