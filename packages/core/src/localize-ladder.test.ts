import { describe, expect, it } from 'vitest';
import { incidentResponse as ladder, incidentResponseJson } from './__fixtures__/ladder-v2.js';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { localizeLadder } from './localize-ladder.js';
import { parseLadder } from './parse-ladder.js';
import type { Ladder, LadderTranslation } from './types.js';
import { summarize } from './views/summarize.js';

const withTranslations = (
  lang: string | undefined,
  translations: Record<string, LadderTranslation>,
): Ladder => {
  const { id, name, domain, group, keywords, updated, levels, roles, cells } = ladder;
  const source = lang === undefined ? {} : { lang };
  return {
    id,
    name,
    domain,
    group,
    keywords,
    updated,
    levels,
    roles,
    cells,
    ...source,
    translations,
  };
};

describe('localizeLadder picks the texts for a locale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['ZH_cn', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    ['not a language', 'en'],
    [undefined, 'en'],
  ])('%s reads %s', (locale, lang) => {
    expect(localizeLadder(ladder, locale).lang).toBe(lang);
  });

  it.each([
    ['a Traditional Chinese reader gets zh-Hant', 'en', 'zh-TW', 'zh-Hant'],
    ['a reader of Chinese in Hong Kong gets zh-Hant', 'en', 'zh-HK', 'zh-Hant'],
    ['a reader of plain zh gets Simplified', 'en', 'zh', 'zh-CN'],
    ['a source in Chinese stays for zh', 'zh-CN', 'zh', 'zh-CN'],
    ['a source in Chinese, English readers get the English', 'zh-CN', 'en-US', 'en'],
    ['a source in US English stays for another English', 'en-US', 'en-AU', 'en-US'],
    ['a source in US English, a British reader gets en-GB', 'en-US', 'en-gb', 'en-GB'],
    ['no lang means English', undefined, 'en-US', 'en'],
  ])('%s', (_name, source, locale, lang) => {
    const translations: Record<string, LadderTranslation> =
      source === 'zh-CN'
        ? { en: { name: 'Incident Response' }, 'zh-Hant': { name: '事故回應' } }
        : source === 'en-US'
          ? { 'en-GB': { name: 'Incident Response (UK)' } }
          : { 'zh-CN': { name: '事故响应' }, 'zh-Hant': { name: '事故回應' } };
    expect(localizeLadder(withTranslations(source, translations), locale).lang).toBe(lang);
  });
});

describe('localizeLadder falls back field by field', () => {
  it('marks what fell back to English in a partial zh-CN translation', () => {
    const zh = localizeLadder(ladder, 'zh-CN');
    expect([zh.name, zh.domain, zh.group, zh.keywords]).toEqual([
      '事故响应',
      '工程运维',
      'Reliability',
      ['值班', '事后复盘', '运行手册'],
    ]);
    expect(zh.fieldLang).toEqual({ group: 'en' });
    expect(zh.levels).toEqual([
      { id: 'junior', name: '初级' },
      { id: 'middle', name: '中级' },
      { id: 'senior', name: '高级' },
      { id: 'lead', name: '主管' },
      { id: 'principal', name: 'Principal', lang: 'en' },
    ]);
    expect(zh.roles).toEqual([
      { id: 'backend-engineer', name: '后端工程师' },
      { id: 'data-analyst', name: '数据分析师' },
      { id: 'qa-engineer', name: 'QA Engineer', lang: 'en' },
    ]);
    expect(zh.cells.filter((cell) => cell.lang !== undefined)).toEqual([
      {
        role: 'data-analyst',
        level: 'principal',
        requirement: 'required',
        description: 'Decides which signals define an incident.',
        lang: 'en',
      },
      {
        role: 'qa-engineer',
        level: 'lead',
        requirement: 'optional',
        description: 'Plans the release checks that keep incidents from coming back.',
        lang: 'en',
      },
    ]);
    expect(zh.cells[0]).toEqual({
      role: 'backend-engineer',
      level: 'junior',
      requirement: 'required',
      description: '事故期间按照运行手册操作，并报告所见情况。',
    });
  });

  it('falls back for most of a small Arabic translation', () => {
    const ar = localizeLadder(ladder, 'ar');
    expect(ar.name).toBe('الاستجابة للحوادث');
    expect(ar.fieldLang).toEqual({ domain: 'en', group: 'en', keywords: 'en' });
    expect(ar.keywords).toBe(ladder.keywords);
    expect(ar.levels.map((level) => level.lang ?? ar.lang)).toEqual(['ar', 'ar', 'en', 'en', 'en']);
    expect(ar.roles.map((role) => role.lang ?? ar.lang)).toEqual(['ar', 'en', 'en']);
    expect(ar.cells.filter((cell) => cell.lang === undefined && cell.description)).toHaveLength(1);
  });

  it('keeps the cells in order with their requirements, and not-expected cells as they are', () => {
    for (const locale of ['zh-CN', 'ar', 'en']) {
      const localized = localizeLadder(ladder, locale);
      expect(localized.cells.map((c) => [c.role, c.level, c.requirement])).toEqual(
        ladder.cells.map((c) => [c.role, c.level, c.requirement]),
      );
      for (const [i, cell] of localized.cells.entries()) {
        if (cell.requirement === 'not-expected') expect(cell).toBe(ladder.cells[i]);
      }
      expect(summarize(localized)).toEqual(summarize(ladder));
    }
  });

  it('gives the source texts, unmarked and without translations, when none fits', () => {
    const en = localizeLadder(ladder, 'fr');
    expect('translations' in en).toBe(false);
    expect(en).toMatchObject({ lang: 'en', fieldLang: {}, name: 'Incident Response' });
    expect(en.levels).toBe(ladder.levels);
    expect(en.cells).toBe(ladder.cells);
    expect('translations' in localizeLadder(ladder, 'zh-CN')).toBe(false);
    expect(localizeLadder(mlPipelines, 'zh-CN')).toMatchObject({ lang: 'en', fieldLang: {} });
  });

  it("reads only a translation's own texts, whatever the ids are called", () => {
    const data = incidentResponseJson();
    const levels = data.levels as { id: string }[];
    levels[0]!.id = 'constructor';
    levels[1]!.id = '__proto__';
    for (const cell of data.cells as { level: string }[]) {
      if (cell.level === 'junior') cell.level = 'constructor';
      if (cell.level === 'middle') cell.level = '__proto__';
    }
    data.translations = JSON.parse('{ "fr": { "levels": { "__proto__": "Intermédiaire" } } }');
    const parsed = parseLadder(data);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const fr = localizeLadder(parsed.ladder, 'fr');
    expect(fr.levels.slice(0, 2)).toEqual([
      { id: 'constructor', name: 'Junior', lang: 'en' },
      { id: '__proto__', name: 'Intermédiaire' },
    ]);
  });
});

describe('localizeLadder is memoized', () => {
  it('returns the same object for the same ladder and the same chosen texts', () => {
    const zh = localizeLadder(ladder, 'zh-CN');
    expect(localizeLadder(ladder, 'zh-CN')).toBe(zh);
    expect(localizeLadder(ladder, 'zh')).toBe(zh);
    expect(localizeLadder(ladder, 'en')).toBe(localizeLadder(ladder, 'fr'));
    expect(localizeLadder(ladder, 'ar')).not.toBe(zh);
    expect(localizeLadder({ ...ladder }, 'zh-CN')).not.toBe(zh);
    expect(summarize(localizeLadder(ladder, 'zh-CN'))).toBe(summarize(zh));
  });
});
