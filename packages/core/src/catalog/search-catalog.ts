import { readsAs } from '../translation-choice.js';
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
  /** The language of `name`. */
  readonly lang: string;
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
  /** The domain's name in the reader's language, else in the source language. */
  readonly name: string;
  /** The language of `name`. */
  readonly lang: string;
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
  for (const role of skill.roles) fields.push(role.name, texts.role(role).name);
  return normalize(fields.join(SEPARATOR));
}

interface Heading {
  readonly name: string;
  readonly lang: string;
}

interface Prepared {
  readonly haystacks: readonly string[];
  /** Domain and group headings by source name (a group's key: domain, SEPARATOR, group). */
  readonly headings: ReadonlyMap<string, Heading>;
}

// A heading names its domain or group the same way whatever the query finds: in the reader's
// language when any skill of the index translates it (the first that does), else as the source.
function headingsOf(index: CatalogIndex, locale: string | undefined): Map<string, Heading> {
  const headings = new Map<string, Heading>();
  const fitting = new Set<string>();
  const offer = (key: string, name: string, lang: string) => {
    if (fitting.has(key)) return;
    const fits = locale === undefined || readsAs(lang, locale);
    if (headings.has(key) && !fits) return;
    headings.set(key, { name, lang });
    if (fits) fitting.add(key);
  };
  for (const skill of index.skills) {
    const texts = catalogSkillTexts(skill, locale);
    offer(skill.domain, texts.domain, texts.lang.domain);
    offer(`${skill.domain}${SEPARATOR}${skill.group}`, texts.group, texts.lang.group);
  }
  return headings;
}

// Built once per index and language, so that a keystroke only compares strings.
const prepared = new WeakMap<CatalogIndex, Map<string, Prepared>>();

function prepare(index: CatalogIndex, locale: string | undefined): Prepared {
  let byLocale = prepared.get(index);
  if (!byLocale) {
    byLocale = new Map();
    prepared.set(index, byLocale);
  }
  const key = locale ?? '';
  let made = byLocale.get(key);
  if (!made) {
    made = {
      haystacks: index.skills.map((skill) => haystackOf(skill, locale)),
      headings: headingsOf(index, locale),
    };
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
  const { haystacks: texts, headings } = prepare(index, locale);
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
    domains: [...domains].map(([domain, groups]) => ({
      ...(headings.get(domain) as Heading),
      groups: [...groups].map(([group, skills]) => ({
        ...(headings.get(`${domain}${SEPARATOR}${group}`) as Heading),
        skills,
      })),
    })),
  };
}
