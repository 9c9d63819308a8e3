import type { Ladder, LocalizedLadder, Translator } from '@skill-ladder/core';
import { localizedExpectations } from '@skill-ladder/core/assessment';
import { langAttr, type ContentText } from '../content-text.js';

/**
 * How a cell's expectations read to the person, by key: marks are keyed by the ladder's source
 * texts, so they hold in every language, and each sentence shows in the reader's language
 * when the ladder is translated sentence for sentence (else in its own, with `lang`).
 */
export function shownExpectations(
  source: Ladder,
  ladder: LocalizedLadder,
  t: Translator,
  role: string,
  level: string,
): ReadonlyMap<string, ContentText> {
  const at = (cells: Ladder['cells']) => cells.find((c) => c.role === role && c.level === level);
  const sourceCell = at(source.cells);
  const shownCell = at(ladder.cells);
  const shown = new Map<string, ContentText>();
  if (!sourceCell || !shownCell) return shown;
  for (const item of localizedExpectations(sourceCell, shownCell, source.lang ?? 'en')) {
    shown.set(item.key, { text: item.shown, lang: langAttr(ladder, t, item.lang) });
  }
  return shown;
}
