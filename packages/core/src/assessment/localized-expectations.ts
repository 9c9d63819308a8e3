import type { LadderCell } from '../types.js';
import { cellExpectations } from './expectation-key.js';
import type { ExpectationItem } from './types.js';

/**
 * An expectation keyed by the ladder's source text, with the sentence to show a reader of
 * another language (`shown`), and its language when that is not the reader's (`lang`).
 *
 * @example
 * const [item]: LocalizedExpectation[] = localizedExpectations(source, shown, 'en');
 * <li lang={item.lang}>{item.shown}</li>
 */
export interface LocalizedExpectation extends ExpectationItem {
  readonly shown: string;
  readonly lang?: string;
}

/**
 * A cell's expectations for a reader of a translated ladder (`localizeLadder`): keys and `text`
 * always come from the source cell, so a person's marks hold in every language; `shown` is
 * the translated sentence when the translation splits into as many sentences as the source,
 * else the source sentence with `lang` set to the source language (a translation that merges
 * or splits sentences cannot be matched up one by one). Pass the source cell to
 * `reconcileCell`'s ladder, and show `shown`.
 *
 * @example
 * const source = cellAt(ladder, 'backend-engineer', 'senior')!;
 * const shown = cellAt(localizeLadder(ladder, 'zh-CN'), 'backend-engineer', 'senior')!;
 * localizedExpectations(source, shown, ladder.lang ?? 'en').map((item) => item.shown)
 */
export function localizedExpectations(
  source: LadderCell,
  shown: LadderCell,
  sourceLang: string,
): LocalizedExpectation[] {
  const items = cellExpectations(source);
  const translated = cellExpectations(shown);
  const matches = translated.length === items.length;
  return items.map((item, i) => {
    if (!matches) return { ...item, shown: item.text, lang: sourceLang };
    const lang = shown.lang;
    const text = translated[i]!.text;
    return lang === undefined ? { ...item, shown: text } : { ...item, shown: text, lang };
  });
}
