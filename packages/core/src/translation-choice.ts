// The one rule for which translation a reader gets, shared by `localizeLadder` (ladders) and
// `catalogSkillTexts` (catalog index entries), so that a skill's name in the catalog list and
// on its own page are in the same language.

interface Tag {
  /** Lower-case canonical form, e.g. `zh-cn`. */
  readonly tag: string;
  readonly language: string;
  /** The likely script (`Hans` for `zh-CN`, `Hant` for `zh-TW`), when it can be told. */
  readonly script: string | undefined;
}

function parseTag(text: string): Tag {
  let tag = text.trim().replaceAll('_', '-').toLowerCase();
  let script: string | undefined;
  try {
    const locale = new Intl.Locale(tag);
    tag = locale.toString().toLowerCase();
    script = locale.maximize().script;
  } catch {
    // Not a BCP 47 tag (data that skipped the parsers): compare it as plain text.
  }
  return { tag, language: tag.split('-')[0] ?? tag, script };
}

// 3: the same tag; 2: the same language in the same script (zh-TW ↔ zh-Hant); 1: the same
// language (zh ↔ zh-CN, ar-EG → ar); 0: another language.
function closeness(wanted: Tag, offered: Tag): number {
  if (offered.tag === wanted.tag) return 3;
  if (offered.language !== wanted.language) return 0;
  return offered.script !== undefined && offered.script === wanted.script ? 2 : 1;
}

/**
 * The tag among `translations` whose texts to show a reader of `locale`, or `undefined` for the
 * source texts: the closest match, the source winning a tie (its texts are complete).
 */
export function chooseTranslation(
  source: string,
  translations: Iterable<string>,
  locale: string | undefined,
): string | undefined {
  if (locale === undefined) return undefined;
  const wanted = parseTag(locale);
  let best = { key: undefined as string | undefined, score: closeness(wanted, parseTag(source)) };
  for (const key of translations) {
    const score = closeness(wanted, parseTag(key));
    if (score > best.score) best = { key, score };
  }
  return best.score > 0 ? best.key : undefined;
}

/** Whether a text in `lang` is in the language of a reader of `locale`. */
export function readsAs(lang: string, locale: string): boolean {
  return closeness(parseTag(locale), parseTag(lang)) > 0;
}
