import { catalogSkillTexts } from './skill-texts.js';
import type { CatalogIndex, CatalogSkill } from './types.js';

/**
 * What `searchCatalog` narrows by besides the query, and the reader's language.
 *
 * @example
 * const options: CatalogSearchOptions = { careerRole: 'ml-engineer', locale: 'zh-CN' };
 */
export interface CatalogSearchOptions {
  /** Only the skills in which this role appears; `null` or left out for every skill. */
  readonly careerRole?: string | null | undefined;
  /** The reader's language: names in it are searched too, and headings are given in it. */
  readonly locale?: string | undefined;
}

/**
 * The skills of one group of a domain that a search found, in index order.
 *
 * @example
 * const group: CatalogSearchGroup = result.domains[0].groups[0];
 * group.skills.map((skill) => skill.id)
 */
export interface CatalogSearchGroup {
  /** The group's name in the reader's language, else in the source language. */
  readonly name: string;
  /** The language of `name` when it fell back to the skill's source language. */
  readonly lang: string | undefined;
  readonly skills: readonly CatalogSkill[];
}

/**
 * The groups of one domain that a search found.
 *
 * @example
 * const domain: CatalogSearchDomain = result.domains[0];
 * domain.name // 'Machine Learning & AI'
 */
export interface CatalogSearchDomain {
  readonly name: string;
  readonly lang: string | undefined;
  readonly groups: readonly CatalogSearchGroup[];
}

/**
 * What `searchCatalog` found: how many skills, grouped by domain › group in index order.
 *
 * @example
 * const result: CatalogSearchResult = searchCatalog(index, 'kubeflow');
 * result.count // 1
 */
export interface CatalogSearchResult {
  readonly count: number;
  readonly domains: readonly CatalogSearchDomain[];
}

/**
 * Text as search compares it: compatibility forms unfolded (full-width letters, ligatures),
 * accents dropped, lower case. `Résumé` and `resume` become the same.
 */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

// A field separator no query can contain, so that a term never matches across two fields.
const SEPARATOR = '\u0000';

function haystackOf(skill: CatalogSkill, locale: string | undefined): string {
  const texts = catalogSkillTexts(skill, locale);
  const fields = [skill.name, skill.domain, skill.group, ...skill.keywords];
  fields.push(texts.name, texts.domain, texts.group, ...texts.keywords);
  for (const role of skill.roles) fields.push(role.name, texts.role(role));
  return normalize(fields.join(SEPARATOR));
}

// Built once per index and language, so that a keystroke only compares strings.
const haystacks = new WeakMap<CatalogIndex, Map<string, readonly string[]>>();

function haystacksOf(index: CatalogIndex, locale: string | undefined): readonly string[] {
  let byLocale = haystacks.get(index);
  if (!byLocale) {
    byLocale = new Map();
    haystacks.set(index, byLocale);
  }
  const key = locale ?? '';
  let made = byLocale.get(key);
  if (!made) {
    made = index.skills.map((skill) => haystackOf(skill, locale));
    byLocale.set(key, made);
  }
  return made;
}

/**
 * The skills of a catalog index that match a query, grouped by domain › group in index order.
 * Every word of the query must appear in the skill's name, keywords, domain, group or role
 * names, in the source language or the reader's (`locale`); case and accents do not count,
 * and a word is found anywhere in the text, so Chinese needs no spaces. An empty query finds
 * every skill. `careerRole` keeps the skills in which that role appears.
 *
 * @example
 * searchCatalog(index, 'resume').count // finds "Résumé screening"
 * searchCatalog(index, '流水线', { locale: 'zh-CN' }).domains[0].groups[0].skills[0].id // 'ml-pipelines'
 * searchCatalog(index, '', { careerRole: 'ml-engineer' }).count // the skills of ML engineers
 */
export function searchCatalog(
  index: CatalogIndex,
  query: string,
  options: CatalogSearchOptions = {},
): CatalogSearchResult {
  const { careerRole, locale } = options;
  const terms = normalize(query).split(/\s+/u).filter(Boolean);
  const texts = haystacksOf(index, locale);
  const domains = new Map<string, Map<string, CatalogSkill[]>>();
  let count = 0;
  index.skills.forEach((skill, i) => {
    if (careerRole && !skill.roles.some((role) => role.id === careerRole)) return;
    const text = texts[i] as string;
    if (!terms.every((term) => text.includes(term))) return;
    let groups = domains.get(skill.domain);
    if (!groups) domains.set(skill.domain, (groups = new Map()));
    let skills = groups.get(skill.group);
    if (!skills) groups.set(skill.group, (skills = []));
    skills.push(skill);
    count += 1;
  });
  return {
    count,
    domains: [...domains.values()].map((groups) => {
      const first = catalogSkillTexts([...groups.values()][0]?.[0] as CatalogSkill, locale);
      return {
        name: first.domain,
        lang: first.fieldLang.domain,
        groups: [...groups.values()].map((skills) => {
          const texts = catalogSkillTexts(skills[0] as CatalogSkill, locale);
          return { name: texts.group, lang: texts.fieldLang.group, skills };
        }),
      };
    }),
  };
}
