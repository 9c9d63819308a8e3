import type { LadderCell } from '../types.js';
import { splitExpectations } from './split-expectations.js';
import type { ExpectationItem, MarkId } from './types.js';

// What does not change the meaning of an expectation: case, runs of whitespace, Unicode
// composition and its closing punctuation. Anything else is a new wording, and a new key.
const TRAILING_PUNCTUATION = /[\s.!?;:,。！？；：，、…｡]+$/u;

const normalize = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '');

// 32-bit FNV-1a over the UTF-8 bytes: the same key on every machine, runtime and language.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  const add = (byte: number) => {
    hash = Math.imul(hash ^ byte, 0x01000193);
  };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) add(code);
    else if (code < 0x800) {
      add(0xc0 | (code >> 6));
      add(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      add(0xe0 | (code >> 12));
      add(0x80 | ((code >> 6) & 0x3f));
      add(0x80 | (code & 0x3f));
    } else {
      add(0xf0 | (code >> 18));
      add(0x80 | ((code >> 12) & 0x3f));
      add(0x80 | ((code >> 6) & 0x3f));
      add(0x80 | (code & 0x3f));
    }
  }
  return hash >>> 0;
}

/**
 * A short key derived from an expectation's text: the same text gives the same key on every
 * machine and run. Case, whitespace, Unicode composition and closing punctuation do not count;
 * any other change of wording gives a new key. (A 32-bit FNV-1a hash of the normalized text,
 * in base 36, after a `k`.)
 *
 * @example
 * expectationKey('Implements pipeline testing.') === expectationKey('implements  pipeline testing') // true
 */
export function expectationKey(text: string): string {
  return `k${fnv1a(normalize(text)).toString(36)}`;
}

const memo = new WeakMap<LadderCell, readonly ExpectationItem[]>();

/**
 * A cell's expectations: its description split into sentences, each with its key; a sentence
 * repeated in one cell gets `~2`, `~3` … after its key. A cell that expects nothing has none.
 * The same array each time for the same cell object.
 *
 * @example
 * cellExpectations(cellAt(mlPipelines, 'ml-engineer', 'middle')!).map((item) => item.text)
 * // ['Designs ML pipelines with Kubeflow/Airflow.', 'Configures parameterized pipelines for different models.', …]
 */
export function cellExpectations(cell: LadderCell): readonly ExpectationItem[] {
  let items = memo.get(cell);
  if (!items) {
    const seen = new Map<string, number>();
    items =
      cell.requirement === 'not-expected'
        ? []
        : splitExpectations(cell.description).map((text) => {
            const key = expectationKey(text);
            const count = (seen.get(key) ?? 0) + 1;
            seen.set(key, count);
            return { key: count === 1 ? key : `${key}~${count}`, text };
          });
    memo.set(cell, items);
  }
  return items;
}

/**
 * The id of a mark: where it belongs, `${role}/${level}/${key}`.
 *
 * @example
 * markId('ml-engineer', 'senior', 'k1x2y3z') // 'ml-engineer/senior/k1x2y3z'
 */
export function markId(role: string, level: string, key: string): MarkId {
  // Ids are any text in the format: a "/" in one is escaped so the three parts stay apart
  // (an id without "/" or "%" is written as it is).
  return `${encodeURIComponent(role)}/${encodeURIComponent(level)}/${key}`;
}
