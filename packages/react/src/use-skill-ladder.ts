import {
  createTranslator,
  levelRows,
  localizeLadder,
  nextLevel,
  promotionGap,
  selectCareerRole,
  selectLevel,
  summarize,
  type Ladder,
  type LadderCell,
  type LadderCounts,
  type LadderLevel,
  type LadderOfSkill,
  type HostMessages,
  type LadderRole,
  type LevelIdOf,
  type LocalizedLadder,
  type PromotionGap,
  type RoleIdOf,
  type SkillRegistry,
  type Translator,
} from '@skill-ladder/core';
import { hasLevel, hasRole, resolveLadder, type LadderProblem } from '@skill-ladder/core/internal';
import { useCallback, useEffect, useMemo } from 'react';
import { contentTranslator } from './content-text.js';
import { devWarning } from './dev-warning.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { useControllableState } from './use-controllable-state.js';
import { useLatestCallback } from './use-latest-callback.js';

/** Where a ladder comes from: a skill id, or ladder data (validated; wins over `skill`). */
export interface LadderSourceProps<S extends string, T extends Ladder> {
  /** A skill id, looked up in `registry` (default: the built-in ladders). */
  skill?: S;
  /** Ladder data, checked with `parseLadder` at run time; wins over `skill`. */
  ladder?: T;
  /** Where `skill` is looked up, from `createRegistry`. */
  registry?: SkillRegistry;
}

/** The selected level and focused career role, controlled or not, and the language. */
export interface LadderStateProps<L extends string, R extends string> {
  /** The selected level id (controlled). An unknown id shows the first level, with a warning. */
  level?: NoInfer<L>;
  /** The level selected at first (uncontrolled). Default: the first level. */
  defaultLevel?: NoInfer<L>;
  /** Called with the level id the user picks. */
  onLevelChange?: (level: L) => void;
  /** The focused career role id, or `null` for every role (controlled). */
  careerRole?: NoInfer<R> | null;
  /** The career role focused at first (uncontrolled). Default: `null`, every role. */
  defaultCareerRole?: NoInfer<R> | null;
  /** Called with the career role id the user picks, or `null` for every role. */
  onCareerRoleChange?: (careerRole: R | null) => void;
  /**
   * Keep the level and career role in the page's query string
   * (`?level=senior&career-role=ml-engineer`): restored after the first render, updated as
   * the user picks, unknown values ignored.
   */
  syncWithUrl?: boolean;
  /**
   * The reader's language, a BCP 47 tag (default `'en'`). The ladder's texts follow it when the
   * ladder has a translation for it; the interface follows it in `'en'` and `'zh-CN'`, or in any
   * language whose whole message set is passed as `messages`.
   */
  locale?: string;
  /**
   * Overrides for any interface string (by key) and any level or role label (by id); or a
   * whole message set for `locale` (`{ strings, levels?, roles? }`, checked against English
   * with `satisfies LocaleMessages`), whose plurals, dates and numbers then follow `locale`.
   */
  messages?: HostMessages;
}

/**
 * Options of `useSkillLadder`, and the ladder props of `LadderRoot` and `SkillLadder`. Level
 * and career role ids are typed from the ladder: `skill="ml-pipelines"` or a ladder typed
 * `as const` (or made with `defineLadder`) accepts only its own ids.
 */
export type UseSkillLadderOptions<
  S extends string = string,
  T extends Ladder = LadderOfSkill<S>,
> = LadderSourceProps<S, T> & LadderStateProps<LevelIdOf<T>, RoleIdOf<T>>;

/** Everything the parts render from, for a ladder that can be shown. */
export interface SkillLadderReady<L extends string = string, R extends string = string> {
  readonly status: 'ready';
  /** The ladder in the reader's language (`localizeLadder`); what fell back carries `lang`. */
  readonly ladder: LocalizedLadder<L, R>;
  /** The ladder as given, in its own language: self-assessment keys marks by its texts. */
  readonly source: Ladder<L, R>;
  /** Interface strings, level and role labels, dates and numbers in the chosen language. */
  readonly t: Translator;
  /** Roles, levels, required and optional cells. */
  readonly counts: LadderCounts;
  /** The selected level. */
  readonly level: LadderLevel<L>;
  /** The level above it, or `undefined` at the top. */
  readonly nextLevel: LadderLevel<L> | undefined;
  readonly setLevel: (level: L) => void;
  /** The focused career role, or `undefined` for every role. */
  readonly careerRole: LadderRole<R> | undefined;
  readonly setCareerRole: (careerRole: R | null) => void;
  /** The roles shown: the focused one, or every role. */
  readonly roles: readonly LadderRole<R>[];
  /** The cells of the selected level for the roles shown. */
  readonly rows: readonly LadderCell<L, R>[];
  /** What each role shown needs for the next level. */
  readonly gaps: readonly PromotionGap<L, R>[];
}

/** Why nothing can be shown, with a translator for the error panel. */
export interface SkillLadderFailed {
  readonly status: 'error';
  readonly problem: LadderProblem;
  readonly t: Translator;
}

/** What `useSkillLadder` returns. */
export type SkillLadderState<L extends string = string, R extends string = string> =
  SkillLadderReady<L, R> | SkillLadderFailed;

/**
 * The state and derived views of a skill ladder without any markup: the same object every
 * part of `LadderRoot` renders from. Build your own UI on it.
 *
 * @example
 * const state = useSkillLadder({ skill: 'ml-pipelines', defaultLevel: 'senior' });
 * if (state.status === 'ready') state.gaps.map((gap) => gap.change);
 */
export function useSkillLadder<
  const S extends string = string,
  T extends Ladder = LadderOfSkill<S>,
>(options: UseSkillLadderOptions<S, T>): SkillLadderState<LevelIdOf<T>, RoleIdOf<T>> {
  const { skill, ladder: data, registry, locale, messages } = options;
  const interfaceT = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  const resolved = useMemo(
    () => resolveLadder({ skill, ladder: data, registry }),
    [skill, data, registry],
  );
  // Localized once, here: every view below and every part reads the ladder in this language.
  const ladder = resolved.ok
    ? localizeLadder(resolved.ladder, typeof locale === 'string' ? locale : interfaceT.locale)
    : undefined;
  const t = useMemo(
    () => (ladder ? contentTranslator(interfaceT, ladder) : interfaceT),
    [interfaceT, ladder],
  );

  const [levelValue, setLevelValue] = useControllableState<string | undefined>(
    options.level,
    options.defaultLevel,
    options.onLevelChange as ((level: string | undefined) => void) | undefined,
  );
  const [roleValue, setRoleValue] = useControllableState<string | null>(
    options.careerRole,
    options.defaultCareerRole ?? null,
    options.onCareerRoleChange as ((careerRole: string | null) => void) | undefined,
  );

  const syncWithUrl = options.syncWithUrl === true;
  const setLevel = useCallback(
    (next: string) => {
      setLevelValue(next);
      if (syncWithUrl) writeUrlState('level', next);
    },
    [setLevelValue, syncWithUrl],
  );
  const setCareerRole = useCallback(
    (next: string | null) => {
      setRoleValue(next);
      if (syncWithUrl) writeUrlState('careerRole', next);
    },
    [setRoleValue, syncWithUrl],
  );

  // Restored in an effect, not during render, so server and first client render agree.
  const restore = useLatestCallback(() => {
    if (!ladder) return;
    const wanted = readUrlState();
    if (hasLevel(ladder, wanted.level)) setLevelValue(wanted.level);
    if (hasRole(ladder, wanted.careerRole)) setRoleValue(wanted.careerRole);
  });
  useEffect(() => {
    if (!syncWithUrl || !ladder) return;
    restore();
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [syncWithUrl, ladder, restore]);

  const level = ladder ? selectLevel(ladder, levelValue) : undefined;
  const role = ladder ? selectCareerRole(ladder, roleValue) : undefined;
  if (level?.warning) devWarning(level.warning);
  if (role?.warning) devWarning(role.warning);
  const levelShown = level?.value;
  const roleShown = role?.value;

  return useMemo((): SkillLadderState => {
    if (!ladder || !levelShown) {
      return { status: 'error', problem: (resolved as { problem: LadderProblem }).problem, t };
    }
    const roles = roleShown ? [roleShown] : ladder.roles;
    const rows = roleShown
      ? levelRows(ladder, levelShown.id).filter((cell) => cell.role === roleShown.id)
      : levelRows(ladder, levelShown.id);
    return {
      status: 'ready',
      ladder,
      source: (resolved as { ladder: Ladder }).ladder,
      t,
      counts: summarize(ladder),
      level: levelShown,
      nextLevel: nextLevel(ladder, levelShown.id),
      setLevel,
      careerRole: roleShown,
      setCareerRole,
      roles,
      rows,
      gaps: roles.map((r) => promotionGap(ladder, r.id, levelShown.id)),
    };
  }, [ladder, resolved, t, levelShown, roleShown, setLevel, setCareerRole]) as SkillLadderState<
    LevelIdOf<T>,
    RoleIdOf<T>
  >;
}
