import {
  hasLevel,
  hasRole,
  levelRows,
  promotionGap,
  resolveLadder,
  summarize,
  type Ladder,
  type LadderCell,
  type LadderLevel,
  type LadderProblem,
  type LadderRole,
  type LadderSource,
  type LadderSummary,
  type PromotionGap,
  type Translator,
} from '@skill-ladder/core';
import { useCallback, useEffect, useMemo } from 'react';
import { devWarning } from './dev-warning.js';
import { useControllableState } from './use-controllable-state.js';
import { useTranslator, type LocaleProps } from './use-translator.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { useLatestCallback } from './use-latest-callback.js';

/** Options of `useSkillLadder`: where the ladder comes from, its state, and its language. */
export interface UseSkillLadderOptions extends LadderSource, LocaleProps {
  /** The selected level id (controlled). An unknown id falls back to the first level. */
  level?: string;
  /** The level selected at first (uncontrolled). Default: the first level. */
  defaultLevel?: string;
  /** Called with the level id the user picks. */
  onLevelChange?: (level: string) => void;
  /** The focused role id, or `null` for all roles (controlled). */
  role?: string | null;
  /** The role focused at first (uncontrolled). Default: `null`, all roles. */
  defaultRole?: string | null;
  /** Called with the role id the user picks, or `null` for all roles. */
  onRoleChange?: (role: string | null) => void;
  /**
   * Keep the level and role in the page's query string (`?level=senior&role=ml-engineer`):
   * restored after the first render, updated as the user picks, unknown values ignored.
   */
  syncWithUrl?: boolean;
}

/** The state and derived views of a ladder that could be shown. */
export interface SkillLadderReady {
  readonly status: 'ready';
  readonly ladder: Ladder;
  readonly t: Translator;
  readonly summary: LadderSummary;
  readonly level: LadderLevel;
  readonly setLevel: (level: string) => void;
  /** The focused role, or `undefined` for all roles. */
  readonly role: LadderRole | undefined;
  readonly setRole: (role: string | null) => void;
  /** The roles shown: the focused one, or all. */
  readonly roles: readonly LadderRole[];
  /** The cells of the selected level for the roles shown. */
  readonly rows: readonly LadderCell[];
  /** What each role shown needs for the next level. */
  readonly gaps: readonly PromotionGap[];
}

/** Why nothing can be shown, with a translator for the error panel. */
export interface SkillLadderFailed {
  readonly status: 'error';
  readonly problem: LadderProblem;
  readonly t: Translator;
}

/** What `useSkillLadder` returns. */
export type SkillLadderState = SkillLadderReady | SkillLadderFailed;

function knownOr<T extends string>(
  isKnown: boolean,
  value: T | undefined,
  fallback: T,
  what: string,
): T {
  if (value === undefined || isKnown) return value ?? fallback;
  devWarning(`${what} "${value}" is not in this ladder; showing "${fallback}" instead.`);
  return fallback;
}

/**
 * The state and derived views of `SkillLadder` without any markup: build your own UI on it.
 *
 * @example
 * const state = useSkillLadder({ skill: 'ml-pipelines', defaultLevel: 'senior' });
 * if (state.status === 'ready') state.gaps.map((gap) => gap.change);
 */
export function useSkillLadder(options: UseSkillLadderOptions): SkillLadderState {
  const { skill, ladder: data, registry, locale, messages } = options;
  const t = useTranslator(locale, messages);
  const resolved = useMemo(
    () => resolveLadder({ skill, ladder: data, registry }),
    [skill, data, registry],
  );
  const ladder = resolved.ok ? resolved.ladder : undefined;
  const firstLevel = ladder?.levels[0]?.id ?? '';

  const [levelValue, setLevelValue] = useControllableState(
    options.level,
    options.defaultLevel ?? firstLevel,
    options.onLevelChange,
  );
  const [roleValue, setRoleValue] = useControllableState<string | null>(
    options.role,
    options.defaultRole ?? null,
    options.onRoleChange,
  );

  const syncWithUrl = options.syncWithUrl === true;
  const setLevel = useCallback(
    (next: string) => {
      setLevelValue(next);
      if (syncWithUrl) writeUrlState('level', next);
    },
    [setLevelValue, syncWithUrl],
  );
  const setRole = useCallback(
    (next: string | null) => {
      setRoleValue(next);
      if (syncWithUrl) writeUrlState('role', next);
    },
    [setRoleValue, syncWithUrl],
  );

  // Restored in an effect, not during render, so server and first client render agree.
  const restore = useLatestCallback(() => {
    if (!ladder) return;
    const wanted = readUrlState();
    if (hasLevel(ladder, wanted.level)) setLevelValue(wanted.level);
    if (hasRole(ladder, wanted.role)) setRoleValue(wanted.role);
  });
  useEffect(() => {
    if (!syncWithUrl || !ladder) return;
    restore();
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [syncWithUrl, ladder, restore]);

  const levelId = ladder
    ? knownOr(hasLevel(ladder, levelValue), levelValue, firstLevel, 'Level')
    : '';
  const roleId = ladder && roleValue !== null && hasRole(ladder, roleValue) ? roleValue : null;
  if (ladder && roleValue !== null && roleId === null) {
    devWarning(`Role "${roleValue}" is not in this ladder; showing all roles instead.`);
  }

  return useMemo((): SkillLadderState => {
    if (!ladder)
      return { status: 'error', problem: (resolved as { problem: LadderProblem }).problem, t };
    const level = ladder.levels.find((l) => l.id === levelId) as LadderLevel;
    const role = ladder.roles.find((r) => r.id === roleId);
    const roles = role ? [role] : ladder.roles;
    const rows = levelRows(ladder, level.id).filter((cell) => !role || cell.role === role.id);
    return {
      status: 'ready',
      ladder,
      t,
      summary: summarize(ladder),
      level,
      setLevel,
      role,
      setRole,
      roles,
      rows,
      gaps: roles.map((r) => promotionGap(ladder, r.id, level.id)),
    };
  }, [ladder, resolved, t, levelId, roleId, setLevel, setRole]);
}
