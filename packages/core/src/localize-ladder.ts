import { memoizePerLadder } from './ladder-index.js';
import { chooseTranslation } from './translation-choice.js';
import type {
  Ladder,
  LadderCell,
  LadderLevel,
  LadderRole,
  LadderTranslation,
  LocalizedLadder,
} from './types.js';

type Field = keyof LocalizedLadder['fieldLang'];

const isTranslation = (value: unknown): value is LadderTranslation =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key of the translation to show for `locale`, or `undefined` for the source texts. */
function translationKey(ladder: Ladder, locale: string | undefined): string | undefined {
  const translations = ladder.translations;
  if (!translations) return undefined;
  const keys = Object.keys(translations).filter((key) => isTranslation(translations[key]));
  return chooseTranslation(ladder.lang ?? 'en', keys, locale);
}

// Own properties only: an id such as "constructor" must not find Object.prototype's.
function own(texts: unknown, id: string): unknown {
  if (typeof texts !== 'object' || texts === null || !Object.hasOwn(texts, id)) return undefined;
  return (texts as Record<string, unknown>)[id];
}

function textOf(texts: unknown, id: string): string | undefined {
  const text = own(texts, id);
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

const localized = /* @__PURE__ */ memoizePerLadder(
  (ladder: Ladder, key: string | undefined): LocalizedLadder => {
    const source = ladder.lang ?? 'en';
    const translation = key === undefined ? undefined : ladder.translations?.[key];
    const fieldLang: Partial<Record<Field, string>> = {};
    const field = <F extends Field>(name: F): Ladder[F] => {
      const text = translation?.[name];
      if (name === 'keywords' ? Array.isArray(text) : textOf(translation, name) !== undefined) {
        return text as Ladder[F];
      }
      if (translation) fieldLang[name] = source;
      return ladder[name];
    };
    const level = ({ id, name }: LadderLevel): LadderLevel => {
      const text = textOf(translation?.levels, id);
      return text !== undefined
        ? { id, name: text }
        : translation
          ? { id, name, lang: source }
          : { id, name };
    };
    // A role keeps its alignments: they name the same entries in every language.
    const role = (entry: LadderRole): LadderRole => {
      const text = textOf(translation?.roles, entry.id);
      return text !== undefined ? { ...entry, name: text } : { ...entry, lang: source };
    };
    const cell = (c: LadderCell): LadderCell => {
      if (c.requirement === 'not-expected' || !translation) return c;
      const { role, level, requirement, description } = c;
      const text = textOf(own(translation.cells, role), level);
      return text !== undefined
        ? { role, level, requirement, description: text }
        : { role, level, requirement, description, lang: source };
    };
    return {
      id: ladder.id,
      name: field('name'),
      domain: field('domain'),
      group: field('group'),
      keywords: field('keywords'),
      updated: ladder.updated,
      levels: translation ? ladder.levels.map(level) : ladder.levels,
      roles: translation ? ladder.roles.map(role) : ladder.roles,
      cells: translation ? ladder.cells.map(cell) : ladder.cells,
      lang: key ?? source,
      fieldLang,
      ...(ladder.alignments && { alignments: ladder.alignments }),
    };
  },
);

/**
 * The ladder's texts in the language a reader asked for: the translation whose tag matches
 * `locale` (the same tag in any case, else the same language, `zh` ↔ `zh-CN`, `ar-EG` → `ar`),
 * or the source texts when none matches or the source is in that language. A partial
 * translation falls back field by field to the source; what fell back carries the source
 * language in its `lang` (`fieldLang` for the ladder's own fields), so a page can mark it.
 * The result has no `translations`; cells keep their order and requirement. The same object
 * is returned for the same ladder and locale, so views memoized per ladder keep working.
 *
 * @example
 * const zh = localizeLadder(ladder, 'zh-CN');
 * zh.lang // 'zh-CN'
 * zh.fieldLang.group // 'en' when the translation has no group
 * zh.levels.find((level) => level.lang) // a level whose name is still in English
 */
export function localizeLadder<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  locale: string | undefined,
): LocalizedLadder<L, R> {
  return localized(ladder, translationKey(ladder, locale)) as LocalizedLadder<L, R>;
}
