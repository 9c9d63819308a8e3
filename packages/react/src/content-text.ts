import type {
  LadderCell,
  LadderLevel,
  LadderRole,
  LocalizedLadder,
  Translator,
} from '@skill-ladder/core';

/** A text of the ladder and the `lang` it needs inside the root: none when it is the root's. */
export interface ContentText {
  readonly text: string;
  readonly lang: string | undefined;
}

/**
 * The translator the parts share: `t.level` and `t.role` learn the language of a name from the
 * localized ladder, so a translated name wins over the locale's label for its id, and a name
 * that fell back to the source language does not.
 */
export function contentTranslator(t: Translator, ladder: LocalizedLadder): Translator {
  const withLang = <T extends LadderLevel | LadderRole>(item: T): T =>
    item.lang === undefined ? { ...item, lang: ladder.lang } : item;
  return {
    ...t,
    level: (level) => t.level(withLang(level)),
    role: (role) => t.role(withLang(role)),
  };
}

/** The `lang` attribute for a text in `lang` inside a root in `t.locale`: none when the same. */
export function markLang(t: Translator, lang: string): string | undefined {
  return lang.toLowerCase() === t.locale.toLowerCase() ? undefined : lang;
}

/** The `lang` attribute for a ladder text in `lang` (its ladder's language when left out). */
export function langAttr(
  ladder: LocalizedLadder,
  t: Translator,
  lang: string | undefined,
): string | undefined {
  return markLang(t, lang ?? ladder.lang);
}

/**
 * A level's or role's label and its `lang`: a label from the host or the locale is in the
 * interface's language; a name from the ladder is in its own.
 */
export function labelOf(
  ladder: LocalizedLadder,
  t: Translator,
  item: LadderLevel | LadderRole,
  kind: 'level' | 'role',
): ContentText {
  return namedLabel(t, { ...item, lang: item.lang ?? ladder.lang }, kind);
}

/** `labelOf` for a level or role whose `lang` names its name's language (a catalog's). */
export function namedLabel(
  t: Translator,
  item: (LadderLevel | LadderRole) & { readonly lang: string },
  kind: 'level' | 'role',
): ContentText {
  const text = kind === 'level' ? t.level(item) : t.role(item);
  return { text, lang: text === item.name ? markLang(t, item.lang) : undefined };
}

/** What a cell says: its description, or that nothing is expected there, in words. */
export function cellText(ladder: LocalizedLadder, t: Translator, cell: LadderCell): ContentText {
  return cell.requirement === 'not-expected'
    ? { text: t.message('requirement.notExpectedHere'), lang: undefined }
    : { text: cell.description, lang: langAttr(ladder, t, cell.lang) };
}
