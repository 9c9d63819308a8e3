import { describe, expect, it } from 'vitest';
import { errorsOf, valid, type Json } from './__fixtures__/ladder-json.js';
import { incidentResponse, incidentResponseJson } from './__fixtures__/ladder-v2.js';
import { parseLadder } from './parse-ladder.js';

const LEVELS = '("junior", "middle", "senior", "lead", "principal")';
const ROLES = '("backend-engineer", "data-analyst", "qa-engineer")';

const zh = (d: Json) => (d.translations as Record<string, Json>)['zh-CN']!;
const zhCells = (d: Json) => zh(d).cells as Record<string, Json>;
const cell = (d: Json, role: string, level: string) =>
  (d.cells as Json[]).find((c) => c.role === role && c.level === level)!;

describe('parseLadder accepts format version 2', () => {
  it('not-expected cells, a source language and partial translations, as a clean copy', () => {
    const result = parseLadder(incidentResponseJson());
    expect(result).toEqual({ ok: true, ladder: incidentResponse });
    expect(result.ok && Object.keys(result.ladder)).toEqual([
      'id',
      'name',
      'domain',
      'group',
      'keywords',
      'updated',
      'lang',
      'levels',
      'roles',
      'cells',
      'translations',
    ]);
  });

  it('a version 1 ladder unchanged: no lang or translations appear', () => {
    const result = parseLadder(valid());
    expect(result.ok && ('lang' in result.ladder || 'translations' in result.ladder)).toBe(false);
  });

  it.each([
    ['no lang (English by default)', (d: Json) => void delete d.lang],
    ['a lang in any case', (d: Json) => void (d.lang = 'EN')],
    ['no translations', (d: Json) => void delete d.translations],
    ['empty translations', (d: Json) => void (d.translations = {})],
    ['an empty translation', (d: Json) => void (d.translations = { fr: {} })],
    [
      'a regional variant of the source language',
      (d: Json) => void (d.translations = { 'en-GB': { name: 'Incident Response' } }),
    ],
    [
      'a source language other than English, with an English translation',
      (d: Json) => {
        d.lang = 'zh-CN';
        d.translations = { en: { name: 'Incident Response' } };
      },
    ],
    ['an empty keyword list', (d: Json) => void (zh(d).keywords = [])],
  ])('%s', (_name, change) => {
    const data = incidentResponseJson();
    change(data);
    const result = parseLadder(data);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    expect(result.ok && result.ladder.translations).toEqual(data.translations);
    expect(result.ok && result.ladder.lang).toBe(data.lang);
  });
});

describe('parseLadder names every problem of format version 2 with its path', () => {
  const cases: [string, (data: Json) => unknown, { path: string; message: string }][] = [
    [
      'a not-expected cell with a description',
      (d) => {
        cell(d, 'data-analyst', 'junior').description = 'Reads dashboards.';
        return d;
      },
      {
        path: 'cells[5].description',
        message:
          'cells[5].description must be left out: the cell is "not-expected", so the role has nothing to do at this level. Make the cell "optional" to describe what the role may do.',
      },
    ],
    [
      'a not-expected cell with an empty description',
      (d) => {
        cell(d, 'qa-engineer', 'principal').description = '';
        return d;
      },
      {
        path: 'cells[14].description',
        message:
          'cells[14].description must be left out: the cell is "not-expected", so the role has nothing to do at this level. Make the cell "optional" to describe what the role may do.',
      },
    ],
    [
      'a role that is not expected at any level',
      (d) => {
        for (const c of d.cells as Json[]) {
          if (c.role !== 'qa-engineer') continue;
          c.requirement = 'not-expected';
          delete c.description;
        }
        delete zhCells(d)['qa-engineer'];
        return d;
      },
      {
        path: 'roles[2]',
        message:
          'roles[2] ("qa-engineer") is not expected at any level: every cell of it is "not-expected". A role needs at least one "required" or "optional" cell; leave out a role that does not use this skill.',
      },
    ],
    [
      'a lang that is not a language tag',
      (d) => ({ ...d, lang: 'en_US' }),
      {
        path: 'lang',
        message:
          'lang must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is "en_US" (its subtags are joined with "_"; BCP 47 uses "-").',
      },
    ],
    [
      'a lang that is a language name',
      (d) => ({ ...d, lang: 'Chinese (China)' }),
      {
        path: 'lang',
        message:
          'lang must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is "Chinese (China)".',
      },
    ],
    [
      'a lang of the wrong type',
      (d) => ({ ...d, lang: ['en'] }),
      { path: 'lang', message: 'lang must be a string, but it is an array.' },
    ],
    [
      'an empty lang',
      (d) => ({ ...d, lang: '' }),
      { path: 'lang', message: 'lang must not be empty.' },
    ],
    [
      'translations as a list',
      (d) => ({ ...d, translations: [{ name: '事故响应' }] }),
      {
        path: 'translations',
        message:
          'translations must be an object of translations keyed by language tag ({ "zh-CN": { name, levels, roles, cells, … } }), but it is an array.',
      },
    ],
    [
      'a translation keyed by something that is not a language tag',
      (d) => ({ ...d, translations: { zh_CN: zh(d) } }),
      {
        path: 'translations.zh_CN',
        message:
          'translations.zh_CN has a key that must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is "zh_CN" (its subtags are joined with "_"; BCP 47 uses "-").',
      },
    ],
    [
      'a translation in the source language given by lang',
      (d) => ({ ...d, lang: 'en-US', translations: { 'en-us': { name: 'Incidents' } } }),
      {
        path: 'translations["en-us"]',
        message:
          'translations["en-us"] is in the ladder\'s source language: lang is "en-US", so the ladder\'s own texts are already in it. Edit those texts instead, or set lang to the language they are written in.',
      },
    ],
    [
      'a translation in English when lang is left out',
      (d) => {
        delete d.lang;
        return { ...d, translations: { EN: { name: 'Incidents' } } };
      },
      {
        path: 'translations.EN',
        message:
          'translations.EN is in the ladder\'s source language: lang is left out, so the ladder\'s own texts are taken to be in "en". Edit those texts instead, or set lang to the language they are written in.',
      },
    ],
    [
      'two translations of one language',
      (d) => ({ ...d, translations: { 'zh-CN': zh(d), 'zh-cn': { name: '事故' } } }),
      {
        path: 'translations["zh-cn"]',
        message:
          'translations["zh-cn"] is the same language as translations["zh-CN"]; give each language one translation.',
      },
    ],
    [
      'a translation that is not an object',
      (d) => ({ ...d, translations: { ar: 'الاستجابة للحوادث' } }),
      {
        path: 'translations.ar',
        message:
          'translations.ar must be a translation ({ name, domain, group, keywords, levels, roles, cells }, each optional), but it is "الاستجابة للحوادث".',
      },
    ],
    [
      'an unknown field in a translation',
      (d) => {
        zh(d).description = '事故';
        return d;
      },
      {
        path: 'translations["zh-CN"].description',
        message:
          'translations["zh-CN"].description is not a known field here; expected only name, domain, group, keywords, levels, roles, cells.',
      },
    ],
    [
      'an empty translated name',
      (d) => {
        zh(d).name = ' ';
        return d;
      },
      {
        path: 'translations["zh-CN"].name',
        message: 'translations["zh-CN"].name must not be empty.',
      },
    ],
    [
      'a translated domain of the wrong type',
      (d) => {
        zh(d).domain = 42;
        return d;
      },
      {
        path: 'translations["zh-CN"].domain',
        message: 'translations["zh-CN"].domain must be a string, but it is 42.',
      },
    ],
    [
      'translated keywords that are not a list',
      (d) => {
        zh(d).keywords = '值班';
        return d;
      },
      {
        path: 'translations["zh-CN"].keywords',
        message: 'translations["zh-CN"].keywords must be a list of strings, but it is "值班".',
      },
    ],
    [
      'an empty translated keyword',
      (d) => {
        zh(d).keywords = ['值班', ''];
        return d;
      },
      {
        path: 'translations["zh-CN"].keywords[1]',
        message: 'translations["zh-CN"].keywords[1] must not be empty.',
      },
    ],
    [
      'level names as a list',
      (d) => {
        zh(d).levels = ['初级'];
        return d;
      },
      {
        path: 'translations["zh-CN"].levels',
        message:
          'translations["zh-CN"].levels must be an object of level names keyed by level id ({ "junior": "…" }), but it is an array.',
      },
    ],
    [
      'a level name for an unknown level',
      (d) => {
        (zh(d).levels as Json).seniour = '高级';
        return d;
      },
      {
        path: 'translations["zh-CN"].levels.seniour',
        message: `translations["zh-CN"].levels.seniour is not one of this ladder's levels ${LEVELS}.`,
      },
    ],
    [
      'a level name of the wrong type',
      (d) => {
        (zh(d).levels as Json).junior = 1;
        return d;
      },
      {
        path: 'translations["zh-CN"].levels.junior',
        message: 'translations["zh-CN"].levels.junior must be a string, but it is 1.',
      },
    ],
    [
      'role names that are text',
      (d) => {
        zh(d).roles = '后端工程师';
        return d;
      },
      {
        path: 'translations["zh-CN"].roles',
        message:
          'translations["zh-CN"].roles must be an object of role names keyed by role id ({ "role": "…" }), but it is "后端工程师".',
      },
    ],
    [
      'a role name for an unknown role',
      (d) => {
        (zh(d).roles as Json)['ml-engineer'] = '机器学习工程师';
        return d;
      },
      {
        path: 'translations["zh-CN"].roles["ml-engineer"]',
        message: `translations["zh-CN"].roles["ml-engineer"] is not one of this ladder's roles ${ROLES}.`,
      },
    ],
    [
      'cell descriptions that are not an object',
      (d) => {
        zh(d).cells = 'x';
        return d;
      },
      {
        path: 'translations["zh-CN"].cells',
        message:
          'translations["zh-CN"].cells must be an object of cell descriptions keyed by role id, then level id ({ "role": { "level": "…" } }), but it is "x".',
      },
    ],
    [
      'cell descriptions for an unknown role',
      (d) => {
        zhCells(d)['ml-engineer'] = { senior: '…' };
        return d;
      },
      {
        path: 'translations["zh-CN"].cells["ml-engineer"]',
        message: `translations["zh-CN"].cells["ml-engineer"] is not one of this ladder's roles ${ROLES}.`,
      },
    ],
    [
      "one role's descriptions that are not an object",
      (d) => {
        (zhCells(d) as Json)['qa-engineer'] = null;
        return d;
      },
      {
        path: 'translations["zh-CN"].cells["qa-engineer"]',
        message:
          'translations["zh-CN"].cells["qa-engineer"] must be an object of descriptions keyed by level id ({ "level": "…" }), but it is null.',
      },
    ],
    [
      'a cell description for an unknown level',
      (d) => {
        zhCells(d)['backend-engineer']!.seniour = '端到端主导事故处理。';
        return d;
      },
      {
        path: 'translations["zh-CN"].cells["backend-engineer"].seniour',
        message: `translations["zh-CN"].cells["backend-engineer"].seniour is not one of this ladder's levels ${LEVELS}.`,
      },
    ],
    [
      'an empty cell description',
      (d) => {
        zhCells(d)['backend-engineer']!.lead = '';
        return d;
      },
      {
        path: 'translations["zh-CN"].cells["backend-engineer"].lead',
        message: 'translations["zh-CN"].cells["backend-engineer"].lead must not be empty.',
      },
    ],
    [
      'a translated description for a not-expected cell',
      (d) => {
        zhCells(d)['data-analyst']!.junior = '查看仪表盘。';
        return d;
      },
      {
        path: 'translations["zh-CN"].cells["data-analyst"].junior',
        message:
          'translations["zh-CN"].cells["data-analyst"].junior translates a description, but the cell of role "data-analyst" at level "junior" is "not-expected" and has none; remove this text.',
      },
    ],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(errorsOf(change(incidentResponseJson()))).toContainEqual(expected);
  });

  it.each(cases)('%s, and nothing else', (_name, change, expected) => {
    expect(errorsOf(change(incidentResponseJson())).map((e) => e.path)).toEqual([expected.path]);
  });

  it("does not ask for an expectation when a cell's requirement is unreadable", () => {
    const data = incidentResponseJson();
    for (const c of data.cells as Json[]) {
      if (c.role !== 'qa-engineer') continue;
      c.requirement = c.level === 'junior' ? 'maybe' : 'not-expected';
      if (c.level !== 'junior') delete c.description;
    }
    delete zhCells(data)['qa-engineer'];
    expect(errorsOf(data).map((e) => e.path)).toEqual(['cells[10].requirement']);
  });

  it('checks translations against the ids, even when the cells have problems', () => {
    const data = incidentResponseJson();
    delete (data.cells as Json[])[0]!.role;
    (zh(data).levels as Json).staff = '资深';
    expect(errorsOf(data).map((e) => e.path)).toEqual([
      'cells[0].role',
      'cells',
      'translations["zh-CN"].levels.staff',
    ]);
  });
});
