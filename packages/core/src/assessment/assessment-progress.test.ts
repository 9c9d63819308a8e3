import { describe, expect, it } from 'vitest';
import { incidentResponse } from '../__fixtures__/ladder-v2.js';
import { cellAt } from '../ladder-index.js';
import { mlPipelines as ml } from '../ladders/ml-pipelines.js';
import type { Ladder } from '../types.js';
import { assessmentProgress, itemsLeft } from './assessment-progress.js';
import { cellExpectations, markId } from './expectation-key.js';
import type { Assessment, Mark, MarkStatus } from './types.js';

/** Marks `statuses` on a role's items at a level, in order (`undefined` leaves one unmarked). */
function marksAt(
  ladder: Ladder,
  role: string,
  level: string,
  statuses: readonly (MarkStatus | undefined)[],
): Record<string, Mark> {
  const items = cellExpectations(cellAt(ladder, role, level)!);
  return Object.fromEntries(
    items.flatMap((item, i) => {
      const status = statuses[i];
      return status ? [[markId(role, level, item.key), { status, text: item.text, at: 1 }]] : [];
    }),
  );
}
const assessment = (...marks: Record<string, Mark>[]): Assessment => ({
  version: 2,
  ladder: 'ml-pipelines',
  marks: Object.assign({}, ...marks) as Record<string, Mark>,
  updatedAt: 1,
});
const all = (n: number) => Array<MarkStatus>(n).fill('yes');

describe('assessmentProgress', () => {
  it('counts every level of a role, and reaches none without marks', () => {
    const progress = assessmentProgress(ml, assessment(), 'ml-engineer');
    expect(progress.role).toBe('ml-engineer');
    expect(progress.estimatedLevel).toBeUndefined();
    expect(progress.levels.map((l) => [l.level, l.requirement, l.total, l.unmarked])).toEqual([
      ['junior', 'required', 3, 3],
      ['middle', 'required', 4, 4],
      ['senior', 'required', 4, 4],
      ['lead', 'required', 3, 3],
      ['principal', 'required', 3, 3],
    ]);
  });

  it('counts yes, partly, not yet, unmarked and changed ("Senior: 3 of 4, 1 partly")', () => {
    const marks = assessment(
      marksAt(ml, 'ml-engineer', 'senior', ['yes', 'partly', 'yes', 'yes']),
      marksAt(ml, 'ml-engineer', 'lead', ['not-yet', undefined, 'partly']),
    );
    const [, , senior, lead] = assessmentProgress(ml, marks, 'ml-engineer').levels;
    expect(senior).toEqual({
      level: 'senior',
      requirement: 'required',
      total: 4,
      yes: 3,
      partly: 1,
      notYet: 0,
      unmarked: 0,
      changed: 0,
    });
    expect(lead).toMatchObject({ total: 3, yes: 0, partly: 1, notYet: 1, unmarked: 1 });
  });

  it('estimates the highest required level all "yes", whatever is marked below it', () => {
    const marks = assessment(
      marksAt(ml, 'ml-engineer', 'middle', all(4)),
      marksAt(ml, 'ml-engineer', 'senior', ['yes', 'yes', 'yes', 'partly']),
      marksAt(ml, 'ml-engineer', 'principal', ['yes', 'yes']),
    );
    expect(assessmentProgress(ml, marks, 'ml-engineer').estimatedLevel).toBe('middle');
    const senior = assessment(marks.marks, marksAt(ml, 'ml-engineer', 'senior', all(4)));
    expect(assessmentProgress(ml, senior, 'ml-engineer').estimatedLevel).toBe('senior');
  });

  it('does not count a reworded item until it is marked again', () => {
    const marks = assessment(marksAt(ml, 'ml-engineer', 'junior', all(3)));
    const reworded: Ladder = {
      ...ml,
      cells: ml.cells.map((c) =>
        c.role === 'ml-engineer' && c.level === 'junior'
          ? { ...c, description: c.description.replace('Writes simple', 'Writes small') }
          : c,
      ),
    };
    const progress = assessmentProgress(reworded, marks, 'ml-engineer');
    expect(progress.levels[0]).toMatchObject({ total: 3, yes: 2, changed: 1 });
    expect(progress.estimatedLevel).toBeUndefined();
  });

  it('never reaches an optional level on its own when the role has a required one', () => {
    // Computer Vision Engineer: optional at Junior and Middle, required from Senior.
    const marks = assessment(
      marksAt(ml, 'computer-vision-engineer', 'junior', all(2)),
      marksAt(ml, 'computer-vision-engineer', 'middle', all(2)),
    );
    expect(
      assessmentProgress(ml, marks, 'computer-vision-engineer').estimatedLevel,
    ).toBeUndefined();
  });

  it('estimates a role optional at every level on its optional levels', () => {
    // LLM Engineer is optional throughout ML Pipelines.
    const marks = assessment(
      marksAt(ml, 'llm-engineer', 'junior', all(2)),
      marksAt(ml, 'llm-engineer', 'middle', all(2)),
    );
    expect(assessmentProgress(ml, marks, 'llm-engineer').estimatedLevel).toBe('middle');
  });

  it('gives a level that expects nothing no items, and never reaches it', () => {
    const progress = assessmentProgress(
      incidentResponse,
      { ...assessment(), ladder: 'incident-response' },
      'data-analyst',
    );
    expect(progress.levels[0]).toMatchObject({
      level: 'junior',
      requirement: 'not-expected',
      total: 0,
      yes: 0,
    });
    expect(progress.estimatedLevel).toBeUndefined();
  });

  it('throws a RangeError for an unknown role', () => {
    expect(() => assessmentProgress(ml, assessment(), 'cto' as 'ml-engineer')).toThrow(
      /"cto" is not a role/,
    );
  });
});

describe('itemsLeft', () => {
  it('lists what is not "yes" at the target level, with its requirement', () => {
    const marks = assessment(marksAt(ml, 'ml-engineer', 'senior', ['yes', 'partly', 'not-yet']));
    const left = itemsLeft(ml, marks, 'ml-engineer', 'senior');
    expect(left.requirement).toBe('required');
    expect(left.level).toBe('senior');
    expect(left.items.map((item) => [item.state, item.text])).toEqual([
      ['marked', 'Optimizes pipeline execution (caching, parallel steps).'],
      ['marked', 'Configures CI/CD for pipeline deployment.'],
      ['unmarked', 'Ensures reproducibility.'],
    ]);
  });

  it('is empty when everything is "yes", and for a level that expects nothing', () => {
    const marks = assessment(marksAt(ml, 'ml-engineer', 'senior', all(4)));
    expect(itemsLeft(ml, marks, 'ml-engineer', 'senior').items).toEqual([]);
    const left = itemsLeft(incidentResponse, assessment(), 'qa-engineer', 'principal');
    expect(left).toEqual({
      role: 'qa-engineer',
      level: 'principal',
      requirement: 'not-expected',
      items: [],
    });
  });
});
