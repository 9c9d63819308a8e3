import { describe, expect, it } from 'vitest';
import {
  alignedMlPipelines,
  ESCO_AI_ENGINEER,
  ESCO_PYTHON,
} from './__fixtures__/ladder-aligned.js';
import { errorsOf, valid, type Json } from './__fixtures__/ladder-json.js';
import { alignmentKind, alignmentUrl, frameworkLabel } from './alignment.js';
import { localizeLadder } from './localize-ladder.js';
import { parseLadder } from './parse-ladder.js';

const aligned = (...alignments: unknown[]): Json => ({ ...valid(), alignments });

describe('alignments in parseLadder', () => {
  it('keeps the alignments of the skill and of its roles, as given', () => {
    const data = JSON.parse(JSON.stringify(alignedMlPipelines)) as Json;
    const result = parseLadder(data);
    expect(result.ok && result.ladder).toEqual(alignedMlPipelines);
    expect(result.ok && result.ladder.roles.find((r) => r.id === 'data-scientist')).toEqual({
      id: 'data-scientist',
      name: 'Data Scientist',
      alignments: [{ framework: 'onet', target: '15-2051.00' }],
    });
  });

  it('reads a ladder without alignments as before', () => {
    const result = parseLadder(valid());
    expect(result.ok && 'alignments' in result.ladder).toBe(false);
    expect(result.ok && result.ladder.roles.every((r) => !('alignments' in r))).toBe(true);
  });

  it.each<[string, Json, { path: string; message: string }[]]>([
    [
      'a target that is not a URL',
      aligned({ framework: 'sfia', target: 'PROG' }),
      [
        {
          path: 'alignments[0].target',
          message: 'alignments[0].target must be an http(s) URL, but it is "PROG".',
        },
      ],
    ],
    [
      'an ftp URL',
      aligned({ framework: 'sfia', target: 'ftp://example.org/prog' }),
      [
        {
          path: 'alignments[0].target',
          message:
            'alignments[0].target must be an http(s) URL, but it is "ftp://example.org/prog".',
        },
      ],
    ],
    [
      'an ESCO target elsewhere',
      aligned({ framework: 'esco', target: 'https://esco.ec.europa.eu/en/classification' }),
      [
        {
          path: 'alignments[0].target',
          message:
            'alignments[0].target must be an ESCO URI (http://data.europa.eu/esco/…), but it is "https://esco.ec.europa.eu/en/classificat"….',
        },
      ],
    ],
    [
      'an O*NET code without its suffix',
      aligned({ framework: 'onet', target: '15-2051' }),
      [
        {
          path: 'alignments[0].target',
          message:
            'alignments[0].target must be an O*NET-SOC code such as "15-2051.00", but it is "15-2051".',
        },
      ],
    ],
    [
      'a framework in capitals',
      aligned({ framework: 'ESCO', target: ESCO_PYTHON }),
      [
        {
          path: 'alignments[0].framework',
          message:
            'alignments[0].framework must be a lowercase name such as "esco" or "onet", but it is "ESCO".',
        },
      ],
    ],
    [
      'a kind that the target contradicts',
      aligned({ framework: 'esco', kind: 'skill', target: ESCO_AI_ENGINEER }),
      [
        {
          path: 'alignments[0].kind',
          message: 'alignments[0].kind is "skill", but the target is an occupation.',
        },
      ],
    ],
    [
      'a relation on a skill',
      aligned({ framework: 'esco', target: ESCO_PYTHON, relation: 'essential' }),
      [
        {
          path: 'alignments[0].relation',
          message:
            'alignments[0].relation is only for an occupation; give kind "occupation" if the target does not say it is one.',
        },
      ],
    ],
    [
      'a relation word of our own',
      aligned({ framework: 'onet', target: '15-2051.00', relation: 'required' }),
      [
        {
          path: 'alignments[0].relation',
          message:
            'alignments[0].relation must be "essential" or "optional", but it is "required".',
        },
      ],
    ],
    [
      'the same target twice, and an unknown field',
      aligned(
        { framework: 'onet', target: '15-2051.00' },
        { framework: 'onet', target: '15-2051.00', url: 'x' },
      ),
      [
        {
          path: 'alignments[1].url',
          message:
            'alignments[1].url is not a known field here; expected only framework, kind, target, name, relation.',
        },
        {
          path: 'alignments[1]',
          message: 'alignments[1] repeats the alignment to "15-2051.00" of alignments[0].',
        },
      ],
    ],
    [
      'alignments that are not a list',
      { ...valid(), alignments: { framework: 'onet' } },
      [
        {
          path: 'alignments',
          message:
            'alignments must be a list of alignments ({ framework, target, … }), but it is an object.',
        },
      ],
    ],
    [
      'a role alignment without a target',
      {
        ...valid(),
        roles: (valid().roles as Json[]).map((role, i) =>
          i === 2 ? { ...role, alignments: [{ framework: 'esco', name: 'x' }] } : role,
        ),
      },
      [
        {
          path: 'roles[2].alignments[0].target',
          message: 'roles[2].alignments[0].target is missing; it must be a non-empty string.',
        },
      ],
    ],
  ])('names %s by its path', (_name, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it('accepts a kind that agrees, a relation on an occupation, and any http(s) taxonomy', () => {
    const result = parseLadder(
      aligned(
        { framework: 'esco', kind: 'occupation', target: ESCO_AI_ENGINEER, relation: 'optional' },
        {
          framework: 'esco',
          target: 'http://data.europa.eu/esco/isco/C2511',
          relation: 'essential',
        },
        {
          framework: 'sfia',
          kind: 'skill',
          target: 'https://sfia-online.org/en/sfia-9/skills/programming-software-development',
        },
        {
          framework: 'lightcast',
          kind: 'occupation',
          target: 'HTTPS://example.org/x',
          relation: 'essential',
        },
      ),
    );
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
  });

  it('keeps the alignments through localizeLadder', () => {
    const withZh = {
      ...alignedMlPipelines,
      translations: { 'zh-CN': { roles: { 'ml-engineer': '机器学习工程师' } } },
    };
    const zh = localizeLadder(withZh, 'zh-CN');
    expect(zh.alignments).toBe(alignedMlPipelines.alignments);
    expect(zh.roles.find((r) => r.id === 'ml-engineer')).toMatchObject({
      name: '机器学习工程师',
      alignments: [{ target: ESCO_AI_ENGINEER }],
    });
    expect(zh.roles.find((r) => r.id === 'data-scientist')).toMatchObject({
      lang: 'en',
      alignments: [{ target: '15-2051.00' }],
    });
  });
});

describe('alignmentKind, alignmentUrl and frameworkLabel', () => {
  it.each([
    [{ framework: 'esco', target: ESCO_PYTHON }, 'skill', ESCO_PYTHON],
    [{ framework: 'esco', target: ESCO_AI_ENGINEER }, 'occupation', ESCO_AI_ENGINEER],
    [
      { framework: 'onet', target: '15-2051.00' },
      'occupation',
      'https://www.onetonline.org/link/summary/15-2051.00',
    ],
    [{ framework: 'onet', target: 'javascript:alert(1)' }, 'occupation', undefined],
    [{ framework: 'sfia', target: 'javascript:alert(1)' }, undefined, undefined],
    [
      { framework: 'sfia', kind: 'skill' as const, target: 'https://a.example/b' },
      'skill',
      'https://a.example/b',
    ],
  ])('%o: kind %s, page %s', (alignment, kind, url) => {
    expect(alignmentKind(alignment)).toBe(kind);
    expect(alignmentUrl(alignment)).toBe(url);
  });

  it('names the known taxonomies', () => {
    expect(['esco', 'onet', 'sfia'].map(frameworkLabel)).toEqual(['ESCO', 'O*NET', 'sfia']);
  });
});
