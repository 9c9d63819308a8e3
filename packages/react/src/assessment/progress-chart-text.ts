/**
 * Sentences said one after another, as `locale` writes them: Chinese and Japanese put no
 * space after a full stop.
 */
export function joinSentences(locale: string, sentences: readonly (string | false | undefined)[]) {
  return sentences.filter(Boolean).join(/^(zh|ja)\b/i.test(locale) ? '' : ' ');
}
