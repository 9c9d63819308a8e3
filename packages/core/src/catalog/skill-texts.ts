import type { LadderLevel, LadderRole } from '../types.js';
import type { CatalogSkill, CatalogSkillTranslation } from './types.js';

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

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

// The translation for `locale`: the same tag, else one of the same language (`zh` for `zh-CN`).
function translationFor(skill: CatalogSkill, locale: string): CatalogSkillTranslation | undefined {
  const translations = skill.translations ?? {};
  const tags = Object.keys(translations);
  const tag =
    tags.find((t) => t.toLowerCase() === locale.toLowerCase()) ??
    tags.find((t) => primary(t) === primary(locale));
  return tag === undefined ? undefined : translations[tag];
}

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
  // A reader of the source language (or of no language in particular) gets the source texts.
  const wanted = locale !== undefined && primary(locale) !== primary(skill.lang);
  const tr = wanted ? translationFor(skill, locale) : undefined;
  const fallback = wanted ? skill.lang : undefined;
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
