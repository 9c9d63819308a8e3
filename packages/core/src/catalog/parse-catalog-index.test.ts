import { describe, expect, it } from 'vitest';
import { ladders } from './__fixtures__/ladders.js';
import { buildCatalogIndex } from './build-catalog-index.js';
import { parseCatalogIndex } from './parse-catalog-index.js';
import { serializeCatalogIndex } from './serialize-catalog-index.js';

type Json = Record<string, unknown>;
const built = buildCatalogIndex(ladders, {
  file: (ladder) => (ladder.id === 'on-call' ? 'ops/on-call.json' : `${ladder.id}.json`),
});
const valid = (): Json & { skills: Json[] } => JSON.parse(serializeCatalogIndex(built));

function errorsOf(input: unknown) {
  const result = parseCatalogIndex(input);
  if (result.ok) throw new Error('expected errors, but the index was accepted');
  return result.errors;
}

describe('parseCatalogIndex', () => {
  it('reads back what serializeCatalogIndex wrote', () => {
    expect(parseCatalogIndex(valid())).toEqual({ ok: true, index: built });
  });

  it('returns a clean copy, not the input', () => {
    const input = valid();
    const result = parseCatalogIndex(input);
    expect(result.ok && result.index.skills[0]).not.toBe(input.skills[0]);
  });

  it.each([
    [undefined, 'The catalog index must be an object, but it is undefined.'],
    [[], 'The catalog index must be an object, but it is an array.'],
    ['index', 'The catalog index must be an object, but it is "index".'],
  ])('rejects %j as a whole', (input, message) => {
    expect(errorsOf(input)).toEqual([{ path: '', message }]);
  });

  it('checks the format, the version and unknown fields', () => {
    const input = { ...valid(), format: 'skill-ladder', version: 2, extra: true };
    expect(errorsOf(input).map((e) => e.message)).toEqual([
      'extra is not a known field here; expected only format, version, skills.',
      'format must be "skill-ladder-catalog", but it is "skill-ladder".',
      'version must be 1 (the only version this package reads), but it is 2.',
    ]);
    expect(errorsOf({ skills: [] }).map((e) => e.path)).toEqual(['format', 'version']);
  });

  const broken = (change: (skill: Json) => void, at = 1) => {
    const input = valid();
    change(input.skills[at]!);
    return errorsOf(input);
  };

  it.each<[string, (skill: Json) => void, string[]]>([
    [
      'a missing id',
      (s) => delete s.id,
      ['skills[1].id is missing; it must be a non-empty string.'],
    ],
    ['an empty name', (s) => (s.name = ' '), ['skills[1].name must not be empty.']],
    [
      'a number for a domain',
      (s) => (s.domain = 3),
      ['skills[1].domain must be a string, but it is 3.'],
    ],
    [
      'a keyword that is not text',
      (s) => (s.keywords = ['a', null]),
      ['skills[1].keywords[1] must be a string, but it is null.'],
    ],
    [
      'an impossible date',
      (s) => (s.updated = '2026-02-30'),
      ['skills[1].updated is not a real calendar date: "2026-02-30".'],
    ],
    [
      'a missing lang',
      (s) => delete s.lang,
      ['skills[1].lang is missing; it must be a non-empty string.'],
    ],
    [
      'a lang that is not a language tag',
      (s) => (s.lang = 'english language'),
      [
        'skills[1].lang must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is "english language".',
      ],
    ],
    [
      'a translation keyed by something else',
      (s) => (s.translations = { 'zh_CN!': { name: '值班' } }),
      ['skills[1].translations["zh_CN!"] has a key that is not a BCP 47 language tag: "zh_CN!".'],
    ],
    ['no levels', (s) => (s.levels = []), ['skills[1].levels must list at least one level.']],
    [
      'a repeated role',
      (s) =>
        (s.roles = [
          { id: 'sre', name: 'A' },
          { id: 'sre', name: 'B' },
        ]),
      [
        'skills[1].roles[1].id repeats the role id "sre" of skills[1].roles[0]; role ids must be unique.',
      ],
    ],
    [
      'a requirement that is not one',
      (s) => ((s.requirements as Json).sre = ['not-expected', 'required', 'maybe', 'optional']),
      [
        'skills[1].requirements.sre[2] must be "required", "optional" or "not-expected", but it is "maybe".',
      ],
    ],
    [
      'a role with no requirements',
      (s) => delete (s.requirements as Json).manager,
      ['skills[1].requirements has no requirements for the role "manager".'],
    ],
    [
      'requirements of an unknown role',
      (s) => ((s.requirements as Json).intern = ['optional']),
      [
        'skills[1].requirements.intern is not one of this skill\'s roles ("sre", "manager"); every key must be a role id.',
      ],
    ],
    [
      'an unknown field',
      (s) => (s.cells = []),
      [
        'skills[1].cells is not a known field here; expected only id, name, domain, group, keywords, updated, lang, levels, roles, requirements, translations, file, alignments.',
      ],
    ],
    [
      'an absolute file',
      (s) => (s.file = 'https://elsewhere.example/x.json'),
      [
        'skills[1].file must be a path relative to the index, but it is "https://elsewhere.example/x.json".',
      ],
    ],
    [
      'a role expected nowhere',
      (s) => ((s.requirements as Json).sre = Array(4).fill('not-expected')),
      [
        'skills[1].requirements.sre is not expected at any level: every requirement of it is "not-expected". A role needs at least one "required" or "optional" cell; leave out a role that does not use this skill.',
      ],
    ],
    [
      'a file above the index',
      (s) => (s.file = 'ops/../../secrets.json'),
      [
        'skills[1].file must be beside or below the index (no ".." segment), but it is "ops/../../secrets.json".',
      ],
    ],
    [
      'a file with backslashes',
      (s) => (s.file = 'ops\\on-call.json'),
      ['skills[1].file must use "/" between folders, but it is "ops\\\\on-call.json".'],
    ],
    [
      'a translated name that is empty',
      (s) => (s.translations = { 'zh-CN': { name: '' } }),
      ['skills[1].translations["zh-CN"].name must not be empty.'],
    ],
    [
      'a translation of an unknown level',
      (s) => (s.translations = { ar: { levels: { senior: 'أول' } } }),
      [
        'skills[1].translations.ar.levels.senior is not one of this skill\'s levels ("junior", "middle", "lead", "principal").',
      ],
    ],
    [
      'cell texts in a translation',
      (s) => (s.translations = { fr: { cells: {} } }),
      [
        'skills[1].translations.fr.cells is not a known field here; expected only name, domain, group, keywords, levels, roles.',
      ],
    ],
  ])('names %s by its path', (_, change, messages) => {
    expect(broken(change).map((e) => e.message)).toEqual(messages);
  });

  it('rejects a repeated skill id', () => {
    const input = valid();
    input.skills.push(input.skills[0]!);
    expect(errorsOf(input).map((e) => e.message)).toEqual([
      'skills[2].id repeats the skill id "ml-pipelines" of skills[0]; skill ids must be unique.',
    ]);
  });

  it('never throws, even on a getter that does', () => {
    const input = valid();
    Object.defineProperty(input.skills[0], 'name', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(errorsOf(input)).toEqual([
      { path: '', message: 'The catalog index could not be read: no access.' },
    ]);
  });
});
