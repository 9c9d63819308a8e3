import { describe, expect, it } from 'vitest';
import { incidentResponse } from '../__fixtures__/ladder-v2.js';
import { mlPipelines as ml } from '../ladders/ml-pipelines.js';
import type { Ladder } from '../types.js';
import { diffLevels } from './diff-levels.js';
import { levelRows } from './level-rows.js';
import { nextLevel, promotionGap } from './promotion-gap.js';
import { requirementChange } from './requirement-change.js';
import { roleTrack } from './role-track.js';
import { summarize } from './summarize.js';

const allOptional: Ladder = {
  ...ml,
  id: 'all-optional',
  cells: ml.cells.map((cell) => ({ ...cell, requirement: 'optional' })),
};

describe('summarize', () => {
  it.each([
    [ml, { roles: 6, levels: 5, required: 21, optional: 9, notExpected: 0 }],
    [allOptional, { roles: 6, levels: 5, required: 0, optional: 30, notExpected: 0 }],
  ])('counts %# from the cells', (ladder, expected) => {
    expect(summarize(ladder)).toEqual(expected);
  });
});

describe('levelRows', () => {
  it('gives the cells of one level in role order, the same array each time', () => {
    const rows = levelRows(ml, 'senior');
    expect(rows.map((c) => [c.role, c.requirement])).toEqual([
      ['computer-vision-engineer', 'required'],
      ['data-scientist', 'required'],
      ['llm-engineer', 'optional'],
      ['ml-engineer', 'required'],
      ['mlops-engineer', 'required'],
      ['nlp-engineer', 'required'],
    ]);
    expect(rows.every((c) => c.level === 'senior')).toBe(true);
    expect(levelRows(ml, 'senior')).toBe(rows);
  });

  it('names the levels when asked for one that does not exist', () => {
    expect(() => levelRows(ml, 'staff' as 'lead')).toThrow(
      '"staff" is not a level of the ladder "ml-pipelines" (junior, middle, senior, lead, principal).',
    );
  });
});

describe('roleTrack', () => {
  it.each([
    ['llm-engineer', ['optional', 'optional', 'optional', 'optional', 'optional']],
    ['computer-vision-engineer', ['optional', 'optional', 'required', 'required', 'required']],
    ['ml-engineer', ['required', 'required', 'required', 'required', 'required']],
  ] as const)('gives %s its cells from junior to principal', (role, requirements) => {
    const track = roleTrack(ml, role);
    expect(track.map((c) => c.requirement)).toEqual(requirements);
    expect(track.map((c) => c.level)).toEqual(ml.levels.map((l) => l.id));
  });

  it('names the roles when asked for one that does not exist', () => {
    expect(() => roleTrack(ml, 'cto' as 'ml-engineer')).toThrow(
      '"cto" is not a role of the ladder',
    );
  });
});

describe('promotionGap', () => {
  it.each([
    ['computer-vision-engineer', 'middle', 'senior', 'becomes-required'],
    ['data-scientist', 'junior', 'middle', 'stays-required'],
    ['llm-engineer', 'lead', 'principal', 'stays-optional'],
    ['mlops-engineer', 'junior', 'middle', 'stays-optional'],
    ['mlops-engineer', 'middle', 'senior', 'becomes-required'],
    ['nlp-engineer', 'principal', undefined, 'top'],
  ] as const)('%s from %s goes to %s: %s', (role, from, to, change) => {
    const gap = promotionGap(ml, role, from);
    expect(gap.change).toBe(change);
    expect(gap.nextLevel?.id).toBe(to);
    expect(gap.current).toBe(ml.cells.find((c) => c.role === role && c.level === from));
    expect(gap.next).toBe(ml.cells.find((c) => c.role === role && c.level === to));
    expect(promotionGap(ml, role, from)).toBe(gap);
  });

  it('finds the next level, and none above the top', () => {
    expect(nextLevel(ml, 'junior')?.id).toBe('middle');
    expect(nextLevel(ml, 'principal')).toBeUndefined();
  });
});

describe('requirementChange', () => {
  it.each([
    ['required', 'required', 'stays-required'],
    ['required', 'optional', 'becomes-optional'],
    ['optional', 'required', 'becomes-required'],
    ['optional', 'optional', 'stays-optional'],
    ['not-expected', 'required', 'becomes-expected'],
    ['not-expected', 'optional', 'becomes-expected'],
    ['required', 'not-expected', 'stops-being-expected'],
    ['optional', 'not-expected', 'stops-being-expected'],
    ['not-expected', 'not-expected', 'stays-not-expected'],
  ] as const)('%s → %s is %s', (from, to, change) => {
    expect(requirementChange(from, to)).toBe(change);
  });
});

describe('diffLevels', () => {
  it('says per role what changes between any two levels', () => {
    const diff = diffLevels(ml, 'junior', 'principal');
    expect(diff.map((d) => [d.role, d.change])).toEqual([
      ['computer-vision-engineer', 'becomes-required'],
      ['data-scientist', 'stays-required'],
      ['llm-engineer', 'stays-optional'],
      ['ml-engineer', 'stays-required'],
      ['mlops-engineer', 'becomes-required'],
      ['nlp-engineer', 'stays-required'],
    ]);
    expect(diff.every((d) => d.descriptionChanged)).toBe(true);
  });

  it('works downwards and for the same level', () => {
    expect(
      diffLevels(ml, 'senior', 'middle').find((d) => d.role === 'mlops-engineer')?.change,
    ).toBe('becomes-optional');
    expect(diffLevels(ml, 'lead', 'lead').some((d) => d.descriptionChanged)).toBe(false);
  });
});

describe('views over a ladder with not-expected cells (format v2)', () => {
  // Data Analyst starts at Middle; QA Engineer stops at Lead.
  const ir = incidentResponse;

  it('counts the not-expected cells apart', () => {
    expect(summarize(ir)).toEqual({
      roles: 3,
      levels: 5,
      required: 8,
      optional: 5,
      notExpected: 2,
    });
  });

  it.each([
    ['data-analyst', ['not-expected', 'optional', 'optional', 'required', 'required']],
    ['qa-engineer', ['optional', 'required', 'required', 'optional', 'not-expected']],
  ] as const)('gives %s its track, gaps included', (role, requirements) => {
    expect(roleTrack(ir, role).map((c) => c.requirement)).toEqual(requirements);
  });

  it('lists a not-expected cell among the rows of its level, without a description', () => {
    const rows = levelRows(ir, 'junior');
    expect(rows.map((c) => c.requirement)).toEqual(['required', 'not-expected', 'optional']);
    expect(rows[1]).toEqual({ role: 'data-analyst', level: 'junior', requirement: 'not-expected' });
  });

  it.each([
    ['data-analyst', 'junior', 'middle', 'becomes-expected'],
    ['data-analyst', 'lead', 'principal', 'stays-required'],
    ['qa-engineer', 'senior', 'lead', 'becomes-optional'],
    ['qa-engineer', 'lead', 'principal', 'stops-being-expected'],
    ['qa-engineer', 'principal', undefined, 'top'],
  ] as const)('%s from %s goes to %s: %s', (role, from, to, change) => {
    const gap = promotionGap(ir, role, from);
    expect(gap.change).toBe(change);
    expect(gap.nextLevel?.id).toBe(to);
    expect(gap.next?.description).toBe(
      ir.cells.find((c) => c.role === role && c.level === to)?.description,
    );
  });

  it('diffs levels across a gap, in either direction', () => {
    expect(diffLevels(ir, 'junior', 'principal').map((d) => [d.role, d.change])).toEqual([
      ['backend-engineer', 'becomes-optional'],
      ['data-analyst', 'becomes-expected'],
      ['qa-engineer', 'stops-being-expected'],
    ]);
    expect(diffLevels(ir, 'principal', 'junior').map((d) => d.change)).toEqual([
      'becomes-required',
      'stops-being-expected',
      'becomes-expected',
    ]);
    const same = diffLevels(ir, 'junior', 'junior');
    expect(same.map((d) => [d.change, d.descriptionChanged])).toEqual([
      ['stays-required', false],
      ['stays-not-expected', false],
      ['stays-optional', false],
    ]);
    expect(diffLevels(ir, 'junior', 'middle')[1]?.descriptionChanged).toBe(true);
  });
});
