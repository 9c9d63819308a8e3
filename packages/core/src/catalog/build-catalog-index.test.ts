import { describe, expect, it } from 'vitest';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import type { Ladder } from '../types.js';
import { onCall } from './__fixtures__/ladders.js';
import { alignedMlPipelines } from '../__fixtures__/ladder-aligned.js';
import { buildCatalogIndex } from './build-catalog-index.js';
import { parseCatalogIndex } from './parse-catalog-index.js';
import { serializeCatalogIndex } from './serialize-catalog-index.js';

describe('buildCatalogIndex', () => {
  it('lists one entry per ladder, in order, with the requirements per role in level order', () => {
    const index = buildCatalogIndex([onCall, mlPipelines]);
    expect(index.skills.map((skill) => skill.id)).toEqual(['on-call', 'ml-pipelines']);
    const [entry, ml] = index.skills;
    expect(entry).toEqual({
      id: 'on-call',
      name: 'On-call',
      domain: 'Engineering',
      group: 'Operations',
      keywords: ['paging', 'runbooks'],
      updated: '2026-01-21',
      lang: 'en',
      levels: onCall.levels,
      roles: onCall.roles,
      requirements: {
        sre: ['not-expected', 'required', 'required', 'optional'],
        manager: ['optional', 'required', 'required', 'not-expected'],
      },
      translations: {
        'zh-CN': {
          name: '值班',
          keywords: ['呼叫', '操作手册'],
          levels: { junior: '初级' },
          roles: { sre: '站点可靠性工程师' },
        },
      },
    });
    expect(ml?.requirements['ml-engineer']).toEqual(Array(5).fill('required'));
    expect(ml?.requirements['computer-vision-engineer']?.[0]).toBe('optional');
    expect(ml).not.toHaveProperty('translations');
    expect(JSON.stringify(index)).not.toContain('Takes shifts');
  });

  it('reads the requirement of each cell wherever the cell is listed', () => {
    const shuffled: Ladder = { ...onCall, cells: [...onCall.cells].reverse() };
    expect(buildCatalogIndex([shuffled]).skills[0]?.requirements).toEqual(
      buildCatalogIndex([onCall]).skills[0]?.requirements,
    );
  });

  it("keeps the ladder's source language, and drops what localizeLadder adds", () => {
    const chinese: Ladder = {
      ...onCall,
      lang: 'zh-CN',
      levels: onCall.levels.map((level) => ({ ...level, lang: 'en' })),
    };
    const [entry] = buildCatalogIndex([chinese]).skills;
    expect(entry?.lang).toBe('zh-CN');
    expect(entry?.levels[0]).toEqual({ id: 'junior', name: 'Junior' });
  });

  it('names a file only when it is not <id>.json', () => {
    const index = buildCatalogIndex([onCall, mlPipelines], {
      file: (ladder) => (ladder.id === 'on-call' ? 'on-call.json' : `skills/${ladder.id}.v2.json`),
    });
    expect(index.skills[0]).not.toHaveProperty('file');
    expect(index.skills[1]?.file).toBe('skills/ml-pipelines.v2.json');
  });

  it('throws on a repeated id, naming both ladders', () => {
    expect(() => buildCatalogIndex([mlPipelines, onCall, mlPipelines])).toThrow(
      'Two ladders have the skill id "ml-pipelines" (ladders[0] and ladders[2]); each skill in a catalog needs its own id.',
    );
  });

  it('throws on a ladder with a missing cell, naming it', () => {
    const broken: Ladder = { ...onCall, cells: onCall.cells.slice(1) };
    expect(() => buildCatalogIndex([broken])).toThrow(
      'The ladder "on-call" has no cell for role "sre" at level "junior".',
    );
  });
});

describe('buildCatalogIndex with alignments', () => {
  it('carries the skill’s alignments, not its roles’, and parseCatalogIndex reads them back', () => {
    const both = buildCatalogIndex([alignedMlPipelines, { ...mlPipelines, id: 'plain' }]);
    expect(both.skills[0]?.alignments).toEqual(alignedMlPipelines.alignments);
    expect(both.skills[0]?.roles.every((role) => !('alignments' in role))).toBe(true);
    expect(both.skills[1]).not.toHaveProperty('alignments');
    expect(parseCatalogIndex(JSON.parse(serializeCatalogIndex(both)))).toEqual({
      ok: true,
      index: both,
    });
  });

  it('checks an index entry’s alignments by path, as parseLadder does', () => {
    const [skill] = JSON.parse(serializeCatalogIndex(buildCatalogIndex([alignedMlPipelines])))
      .skills as Record<string, unknown>[];
    skill!.alignments = [{ framework: 'onet', target: '15-2051' }];
    const result = parseCatalogIndex({
      format: 'skill-ladder-catalog',
      version: 1,
      skills: [skill],
    });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'skills[0].alignments[0].target',
    ]);
  });
});
