import type { LadderLevel, LadderRole } from '../types.js';
import { chooseTranslation } from '../translation-choice.js';
import type { CatalogSkill } from './types.js';

type Field = 'name' | 'domain' | 'group' | 'keywords';

/**
 * A catalog skill's texts in the reader's language, from `catalogSkillTexts`, each with the
 * language it is in (`lang`): a part marks a text whose language is not its interface's.
 *
 * @example
 * const texts: CatalogSkillTexts = catalogSkillTexts(skill, 'zh-CN');
 * <h3 lang={texts.lang.name === t.locale ? undefined : texts.lang.name}>{texts.name}</h3>
 */
export interface CatalogSkillTexts {
  readonly name: string;
  readonly domain: string;
  readonly group: string;
  readonly keywords: readonly string[];
  /** The language of each field's text: the translation's, or the source's where it fell back. */
  readonly lang: Readonly<Record<Field, string>>;
  /** A role with its name in the reader's language, else in the source; `lang` says which. */
  readonly role: (role: LadderRole) => LadderRole & { readonly lang: string };
  /** A level with its name in the reader's language, else in the source; `lang` says which. */
  readonly level: (level: LadderLevel) => LadderLevel & { readonly lang: string };
}

const own = (labels: Readonly<Record<string, string>> | undefined, id: string) =>
  labels && Object.hasOwn(labels, id) && labels[id] ? labels[id] : undefined;

/**
 * A catalog skill's name, domain, group, keywords, role and level names for `locale`, each
 * from the skill's translation for that language when it has the field, else the source text,
 * with the language of each.
 *
 * @example
 * const texts = catalogSkillTexts(skill, 'zh-CN');
 * texts.name // '机器学习流水线'
 * texts.lang.group // 'en': the translation has no group
 * texts.role(skill.roles[0]) // { id, name: '机器学习工程师', lang: 'zh-CN' }
 */
export function catalogSkillTexts(
  skill: CatalogSkill,
  locale: string | undefined,
): CatalogSkillTexts {
  // The same choice as localizeLadder's, so the list and the skill's page agree.
  const key = chooseTranslation(skill.lang, Object.keys(skill.translations ?? {}), locale);
  const tr = key === undefined ? undefined : skill.translations?.[key];
  const source = skill.lang;
  const lang: Record<Field, string> = {
    name: source,
    domain: source,
    group: source,
    keywords: source,
  };
  const pick = (field: 'name' | 'domain' | 'group'): string => {
    const text = tr?.[field];
    if (!text) return skill[field];
    lang[field] = key as string;
    return text;
  };
  const translatedKeywords = tr?.keywords?.length ? tr.keywords : undefined;
  if (translatedKeywords) lang.keywords = key as string;
  const named = <T extends LadderLevel | LadderRole>(
    item: T,
    labels: Readonly<Record<string, string>> | undefined,
  ): T & { readonly lang: string } => {
    const name = own(labels, item.id);
    return name === undefined
      ? { ...item, lang: source }
      : ({ ...item, name, lang: key as string } as T & { readonly lang: string });
  };
  return {
    name: pick('name'),
    domain: pick('domain'),
    group: pick('group'),
    keywords: translatedKeywords ?? skill.keywords,
    lang,
    role: (role) => named(role, tr?.roles),
    level: (level) => named(level, tr?.levels),
  };
}
