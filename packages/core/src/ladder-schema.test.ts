import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  alignedMlPipelines,
  ESCO_AI_ENGINEER,
  ESCO_PYTHON,
} from './__fixtures__/ladder-aligned.js';
import { incidentResponseJson } from './__fixtures__/ladder-v2.js';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { parseLadder } from './parse-ladder.js';

const schema = JSON.parse(readFileSync(new URL('../ladder.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const copy = () => JSON.parse(JSON.stringify(mlPipelines)) as Record<string, unknown>;

describe('ladder.schema.json', () => {
  it('accepts the built-in ladder', () => {
    expect(validate(copy()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a missing field', (d: Record<string, unknown>) => void delete d.roles],
    [
      'a bad requirement',
      (d: Record<string, unknown>) =>
        void ((d.cells as { requirement: string }[])[0]!.requirement = 'must'),
    ],
    [
      'an empty description',
      (d: Record<string, unknown>) =>
        void ((d.cells as { description: string }[])[0]!.description = ' '),
    ],
    ['a bad date', (d: Record<string, unknown>) => void (d.updated = '17.03.2026')],
    ['an unknown field', (d: Record<string, unknown>) => void (d.color = 'red')],
  ])('rejects %s', (_name, change) => {
    const data = copy();
    change(data);
    expect(validate(data)).toBe(false);
  });
});

describe('ladder.schema.json and parseLadder on format version 2', () => {
  type Json = Record<string, unknown>;
  const zh = (d: Json) => (d.translations as Record<string, Json>)['zh-CN']!;
  const cellOf = (d: Json, role: string, level: string) =>
    (d.cells as Json[]).find((c) => c.role === role && c.level === level)!;
  const setLang = (lang: string) => (d: Json) => void (d.lang = lang);

  // [case, change, accepted by the schema, accepted by parseLadder]. The last group are rules
  // that JSON Schema cannot say (they compare one part of the ladder with another).
  it.each<[string, (d: Json) => void, boolean, boolean]>([
    ['the v2 sample as it is', () => {}, true, true],
    ['no lang and no translations', (d) => void (delete d.lang, delete d.translations), true, true],
    ['a lang with a script and a region', setLang('zh-Hans-CN'), true, true],
    ['a lang with a Unicode extension', setLang('de-DE-u-co-phonebk'), true, true],
    ['a lang with "_"', setLang('en_US'), false, false],
    ['a lang with an extended language subtag', setLang('zh-cmn'), false, false],
    ['a private-use lang', setLang('x-klingon'), false, false],
    [
      'a well-formed lang of 5 to 8 letters, though no language has one',
      setLang('Chinese'),
      true,
      true,
    ],
    ['a lang that is a sentence', setLang('Simplified Chinese'), false, false],
    ['an empty lang', setLang(''), false, false],
    [
      'a not-expected cell with a description',
      (d) => void (cellOf(d, 'data-analyst', 'junior').description = 'Reads dashboards.'),
      false,
      false,
    ],
    [
      'an expected cell without a description',
      (d) => void delete cellOf(d, 'data-analyst', 'middle').description,
      false,
      false,
    ],
    [
      'no expectation anywhere',
      (d) => {
        d.cells = (d.cells as Json[]).map(({ role, level }) => ({
          role,
          level,
          requirement: 'not-expected',
        }));
        delete d.translations;
      },
      false,
      false,
    ],
    ['translations as a list', (d) => void (d.translations = [zh(d)]), false, false],
    [
      'a translation keyed by "zh_CN"',
      (d) => void (d.translations = { zh_CN: zh(d) }),
      false,
      false,
    ],
    ['an unknown field in a translation', (d) => void (zh(d).summary = '…'), false, false],
    ['an empty translated name', (d) => void (zh(d).name = ' '), false, false],
    ['an empty translated keyword', (d) => void (zh(d).keywords = ['']), false, false],
    ['level names as a list', (d) => void (zh(d).levels = ['初级']), false, false],
    [
      'a role whose descriptions are text',
      (d) => void ((zh(d).cells as Json)['qa-engineer'] = '…'),
      false,
      false,
    ],
    [
      'one role not expected at any level',
      (d) => {
        for (const c of d.cells as Json[]) {
          if (c.role !== 'qa-engineer') continue;
          c.requirement = 'not-expected';
          delete c.description;
        }
        delete (zh(d).cells as Json)['qa-engineer'];
      },
      true,
      false,
    ],
    [
      'a translation in the source language',
      (d) => void ((d.translations as Json).en = { name: 'Incidents' }),
      true,
      false,
    ],
    [
      'a translated name of an unknown level',
      (d) => void ((zh(d).levels as Json).staff = '资深'),
      true,
      false,
    ],
    [
      'a translated description of a not-expected cell',
      (d) => void ((zh(d).cells as Record<string, Json>)['data-analyst']!.junior = '…'),
      true,
      false,
    ],
  ])('%s: schema %s, parseLadder %s', (_name, change, bySchema, byParse) => {
    const data = incidentResponseJson();
    change(data);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(bySchema);
    expect(parseLadder(data).ok).toBe(byParse);
  });
});

describe('ladder.schema.json and parseLadder on alignments', () => {
  type Json = Record<string, unknown>;
  const withAlignment = (alignment: Json) => (d: Json) => void (d.alignments = [alignment]);
  const onRole = (alignment: Json) => (d: Json) =>
    void ((d.roles as Json[])[0]!.alignments = [alignment]);

  // [case, change, accepted by the schema, accepted by parseLadder]; the last group compare
  // one field of an alignment with another, which only parseLadder does.
  it.each<[string, (d: Json) => void, boolean, boolean]>([
    ['the aligned sample as it is', () => {}, true, true],
    ['no alignments at all', (d) => void delete d.alignments, true, true],
    ['an empty list', (d) => void (d.alignments = []), true, true],
    ['an ESCO skill', withAlignment({ framework: 'esco', target: ESCO_PYTHON }), true, true],
    [
      'an https ESCO URI',
      withAlignment({ framework: 'esco', target: ESCO_PYTHON.replace('http:', 'https:') }),
      true,
      true,
    ],
    [
      'an ESCO target off ESCO',
      withAlignment({ framework: 'esco', target: 'https://example.org/esco/skill/1' }),
      false,
      false,
    ],
    [
      'an O*NET code',
      onRole({ framework: 'onet', target: '15-1252.00', relation: 'optional' }),
      true,
      true,
    ],
    [
      'an O*NET code with letters',
      onRole({ framework: 'onet', target: '15-1252.0A' }),
      false,
      false,
    ],
    [
      'an O*NET URL instead of its code',
      onRole({ framework: 'onet', target: 'https://www.onetonline.org/link/summary/15-2051.00' }),
      false,
      false,
    ],
    [
      'another taxonomy by URL',
      withAlignment({
        framework: 'sfia',
        target: 'https://sfia-online.org/en/sfia-9/skills/programming-software-development',
      }),
      true,
      true,
    ],
    [
      'another taxonomy by code',
      withAlignment({ framework: 'sfia', target: 'PROG' }),
      false,
      false,
    ],
    [
      'a javascript: URL',
      withAlignment({ framework: 'sfia', target: 'javascript:alert(1)' }),
      false,
      false,
    ],
    [
      'a framework in capitals',
      withAlignment({ framework: 'ONET', target: '15-2051.00' }),
      false,
      false,
    ],
    ['no framework', withAlignment({ target: ESCO_PYTHON }), false, false],
    [
      'an empty name',
      withAlignment({ framework: 'esco', target: ESCO_PYTHON, name: ' ' }),
      false,
      false,
    ],
    [
      'an unknown kind',
      withAlignment({ framework: 'esco', target: ESCO_PYTHON, kind: 'knowledge' }),
      false,
      false,
    ],
    [
      'an unknown field',
      withAlignment({ framework: 'esco', target: ESCO_PYTHON, uri: ESCO_PYTHON }),
      false,
      false,
    ],
    [
      'an alignment on a level',
      (d) => void ((d.levels as Json[])[0]!.alignments = []),
      false,
      false,
    ],
    [
      'a kind the ESCO URI contradicts',
      withAlignment({ framework: 'esco', target: ESCO_AI_ENGINEER, kind: 'skill' }),
      true,
      false,
    ],
    [
      'a relation on a skill',
      withAlignment({ framework: 'esco', target: ESCO_PYTHON, relation: 'essential' }),
      true,
      false,
    ],
    [
      'one target twice',
      (d) =>
        void (d.alignments = [
          { framework: 'onet', target: '15-2051.00' },
          { framework: 'onet', target: '15-2051.00' },
        ]),
      true,
      false,
    ],
  ])('%s: schema %s, parseLadder %s', (_name, change, bySchema, byParse) => {
    const data = JSON.parse(JSON.stringify(alignedMlPipelines)) as Json;
    change(data);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(bySchema);
    expect(parseLadder(data).ok).toBe(byParse);
  });
});
