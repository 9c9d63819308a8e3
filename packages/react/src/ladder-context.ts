import type { LadderCounts, LocalizedLadder, Translator } from '@skill-ladder/core';
import { createContext, useContext } from 'react';
import type { SkillLadderReady } from './use-skill-ladder.js';

/** What changes only with the ladder, the language or the styling: most parts need only this. */
export interface LadderData {
  readonly ladder: LocalizedLadder;
  readonly t: Translator;
  readonly counts: LadderCounts;
  /** Leave out our class names; the markup and `data-*` attributes stay. */
  readonly unstyled: boolean;
  /** The root's direction: its `dir` prop, else the page's, read after mount (`undefined` until then). */
  readonly dir: Direction | undefined;
}

/** A writing direction. */
export type Direction = 'ltr' | 'rtl';

/** What `LadderRoot` gives every part: the ready ladder state, and whether to style it. */
export type LadderContextValue = SkillLadderReady & {
  readonly unstyled: boolean;
  readonly dir: Direction | undefined;
};

// Two contexts, so that a level switch does not re-render the parts that show no level.
export const LadderDataContext = createContext<LadderData | null>(null);
export const LadderStateContext = createContext<SkillLadderReady | null>(null);

function outsideRoot(part: string): never {
  throw new Error(
    `<${part}> must be used inside <LadderRoot> (or <SkillLadder>), which provides the ladder it shows.`,
  );
}

/** The ladder, translator and counts of the nearest root; throws, naming `part`, outside one. */
export function useLadderData(part: string): LadderData {
  return useContext(LadderDataContext) ?? outsideRoot(part);
}

/**
 * The state of the nearest `LadderRoot` (the same object `useSkillLadder` returns when ready,
 * plus `unstyled`), for parts of your own beside ours. `part` names your component in the error
 * thrown outside a root.
 *
 * @example
 * function LevelName() {
 *   const { level, t } = useLadder('LevelName');
 *   return <strong>{t.level(level)}</strong>;
 * }
 */
export function useLadder(part = 'useLadder'): LadderContextValue {
  const data = useLadderData(part);
  const state = useContext(LadderStateContext) ?? outsideRoot(part);
  return { ...state, unstyled: data.unstyled, dir: data.dir };
}
