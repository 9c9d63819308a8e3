// How alike two sentences are, for matching a reworded expectation with its old wording (a
// mark's text, or the sentence at another level): the Dice coefficient of their word sets.
// Words are runs of letters and digits, case-folded; Chinese and Japanese, written without
// spaces, count each pair of neighbouring characters as a word instead.

/** Two sentences at least this alike are one expectation reworded. */
const SIMILAR = 0.5;

const WORDS =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

function words(text: string): Set<string> {
  const found = new Set<string>();
  for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORDS)) {
    if (!CJK.test(word) || word.length < 3) {
      found.add(word);
      continue;
    }
    const chars = [...word];
    for (let i = 1; i < chars.length; i += 1) found.add(chars[i - 1]! + chars[i]!);
  }
  return found;
}

/** 1 for the same words, 0 for none in common (or no words at all). */
export function similarity(a: string, b: string): number {
  const first = words(a);
  const second = words(b);
  if (first.size === 0 || second.size === 0) return 0;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared += 1;
  return (2 * shared) / (first.size + second.size);
}

/**
 * Pairs texts of `a` with texts of `b` that are at least `SIMILAR`, most alike first (ties in
 * the order of `a`, then `b`), each text in at most one pair: index in `a` → index in `b`.
 */
export function matchSimilar(a: readonly string[], b: readonly string[]): Map<number, number> {
  const pairs: [score: number, i: number, j: number][] = [];
  a.forEach((first, i) =>
    b.forEach((second, j) => {
      const score = similarity(first, second);
      if (score >= SIMILAR) pairs.push([score, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (matched.has(i) || taken.has(j)) continue;
    matched.set(i, j);
    taken.add(j);
  }
  return matched;
}
