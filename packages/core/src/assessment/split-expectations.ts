// Where one expectation of a description ends. The rules, and why:
// - `.`, `!`, `?` (and runs of them) end a sentence when whitespace and then a sentence start
//   follow: an uppercase or caseless letter (Chinese, Arabic), a digit, or an opening quote or
//   bracket. So "A/B", "CI/CD", "v2.1", "Python 3.11", "0.5", "99.9%" and "scikit-learn.org"
//   (no whitespace after the dot) and "etc. and" (lowercase after it) stay whole.
// - A dot after a known abbreviation ("e.g.", "i.e.", "vs.", "Dr.", "approx.") or after an
//   initial ("J.", "U.S.") never ends one: they are always followed by more of the sentence.
//   "etc." is not among them: followed by a capital, it ends its sentence.
// - An ellipsis (".." or more, or "…") never ends one: it marks an omission or a pause.
// - A plain `;` does not: in English it joins clauses of one sentence, often lowercase.
// - `。`, `！`, `？`, `；` and `｡` end one at once, with or without whitespace: Chinese and
//   Japanese put none between sentences, and Chinese lists duties separated by `；`.
// - A line break ends one: a description with lines is a list.
// Closing quotes and brackets after the mark stay with its sentence.

const WIDE_ENDS = '。！？；｡';
// With the Arabic question mark and the Devanagari danda, which are followed by a space too.
const ENDS = '.!?؟।';
const CLOSERS = `)]}"'”’»」』）】》〉`;
const OPENERS = `"'“‘«(（[「『【《〈`;
const LINE_BREAKS = '\n\r\u2028\u2029';
const ABBREVIATIONS = new Set([
  'approx',
  'ca',
  'cf',
  'dept',
  'dr',
  'eg',
  'esp',
  'est',
  'ie',
  'incl',
  'jr',
  'mr',
  'mrs',
  'ms',
  'ph.d',
  'prof',
  'resp',
  'sr',
  'st',
  'viz',
  'vs',
]);
// "e.g", "i.e", "U.S", "a.k.a", "J": letters each followed by a dot, the last dot excluded.
const INITIALS = /^\p{L}(?:\.\p{L})*$/u;
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const SPACE = /\s/u;

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && !SPACE.test(text[start - 1]!) && !OPENERS.includes(text[start - 1]!)) {
    start -= 1;
  }
  const word = text.slice(start, dot);
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

function startsSentence(text: string, at: number): boolean {
  return OPENERS.includes(text[at]!) || SENTENCE_START.test(text.slice(at, at + 2));
}

/**
 * Splits a cell's description into its expectations (its sentences), deterministically and
 * verbatim: each item is trimmed, and the items joined with the whitespace between them give
 * back the description. Abbreviations, initials, "A/B", "CI/CD", version numbers, decimals and
 * domains do not split; Chinese and Japanese sentence marks do, with or without a space; so
 * does a line break. An empty or blank text has no expectations.
 *
 * @example
 * splitExpectations('Designs ML pipelines with Kubeflow/Airflow. Implements pipeline testing.')
 * // ['Designs ML pipelines with Kubeflow/Airflow.', 'Implements pipeline testing.']
 * splitExpectations('Uses tools, e.g. Kubeflow v2.1. 负责流水线。编写测试。')
 * // ['Uses tools, e.g. Kubeflow v2.1.', '负责流水线。', '编写测试。']
 */
export function splitExpectations(text: string): string[] {
  const items: string[] = [];
  let start = 0;
  const cut = (end: number) => {
    const item = text.slice(start, end).trim();
    if (item !== '') items.push(item);
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (LINE_BREAKS.includes(char)) {
      cut(i);
    } else if (WIDE_ENDS.includes(char)) {
      let end = i + 1;
      while (end < text.length && (WIDE_ENDS + CLOSERS).includes(text[end]!)) end += 1;
      cut(end);
      i = end - 1;
    } else if (ENDS.includes(char)) {
      let end = i + 1;
      while (end < text.length && ENDS.includes(text[end]!)) end += 1;
      const run = text.slice(i, end);
      const ellipsis = /^\.{2,}$/.test(run);
      while (end < text.length && CLOSERS.includes(text[end]!)) end += 1;
      let next = end;
      while (next < text.length && SPACE.test(text[next]!)) next += 1;
      if (
        next > end &&
        next < text.length &&
        !ellipsis &&
        startsSentence(text, next) &&
        !(run === '.' && isAbbreviation(text, i))
      ) {
        cut(end);
      }
      i = end - 1;
    }
  }
  cut(text.length);
  return items;
}
