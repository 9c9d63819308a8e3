import type { LadderLevel, LadderRole } from '../types.js';
import { chooseTranslation, readsAs } from '../translation-choice.js';
import type { CatalogSkill } from './types.js';

type Field = 'name' | 'domain' | 'group' | 'keywords';

/**
 * A catalog skill's texts in the reader's language, from `catalogSkillTexts`. A field that
 * fell back to the source language names it in `fieldLang`, for a `lang` attribute.
 *
 * @example
 * const texts: CatalogSkillTexts = catalogSkillTexts(skill, 'zh-CN');
 * <h3 lang={texts.fieldLang.name}>{texts.name}</h3>
 */
export interface CatalogSkillTexts {
  readonly name: string;
  readonly domain: string;
  readonly group: string;
  readonly keywords: readonly string[];
  /** The fields whose text fell back to the source language, with that language. */
  readonly fieldLang: Readonly<Partial<Record<Field, string>>>;
  /** A role's name in the reader's language, else in the source language. */
  readonly role: (role: LadderRole) => string;
  /** The source language when `role` had no translation the reader wanted, else `undefined`. */
  readonly roleLang: (role: LadderRole) => string | undefined;
  /** A level's name in the reader's language, else in the source language. */
  readonly level: (level: LadderLevel) => string;
}

const own = (labels: Readonly<Record<string, string>> | undefined, id: string) =>
  labels && Object.hasOwn(labels, id) && labels[id] ? labels[id] : undefined;

/**
 * A catalog skill's name, domain, group, keywords, role and level names for `locale`, each
 * from the skill's translation for that language when it has the field, else the source text.
 *
 * @example
 * const texts = catalogSkillTexts(skill, 'zh-CN');
 * texts.name // '机器学习流水线'
 * texts.role(skill.roles[0]) // the role's name in Chinese, or in the source language
 */
export function catalogSkillTexts(
  skill: CatalogSkill,
  locale: string | undefined,
): CatalogSkillTexts {
  // The same choice as localizeLadder's, so the list and the skill's page agree.
  const key = chooseTranslation(skill.lang, Object.keys(skill.translations ?? {}), locale);
  const tr = key === undefined ? undefined : skill.translations?.[key];
  // Marked: what a translation leaves to the source, or every text when none is for the reader.
  const fallback =
    key !== undefined || (locale !== undefined && !readsAs(skill.lang, locale))
      ? skill.lang
      : undefined;
  const fieldLang: Partial<Record<Field, string>> = {};
  const pick = (key: 'name' | 'domain' | 'group'): string => {
    const text = tr?.[key];
    if (text) return text;
    if (fallback) fieldLang[key] = fallback;
    return skill[key];
  };
  const keywords = tr?.keywords?.length ? tr.keywords : skill.keywords;
  if (fallback && keywords === skill.keywords) fieldLang.keywords = fallback;
  return {
    name: pick('name'),
    domain: pick('domain'),
    group: pick('group'),
    keywords,
    fieldLang,
    role: (role) => own(tr?.roles, role.id) ?? role.name,
    roleLang: (role) => (own(tr?.roles, role.id) === undefined ? fallback : undefined),
    level: (level) => own(tr?.levels, level.id) ?? level.name,
  };
}
