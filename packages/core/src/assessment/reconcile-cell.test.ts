import { describe, expect, it } from 'vitest';
import { cellAt } from '../ladder-index.js';
import { mlPipelines as ml } from '../ladders/ml-pipelines.js';
import type { Ladder } from '../types.js';
import { cellExpectations, markId } from './expectation-key.js';
import { orphanMarks, reconcileCell } from './reconcile-cell.js';
import type { Assessment, Mark, MarkStatus } from './types.js';

const assessment = (marks: Record<string, Mark> = {}): Assessment => ({
  version: 2,
  ladder: 'ml-pipelines',
  marks,
  updatedAt: 1,
});
const mark = (text: string, status: MarkStatus = 'yes'): Mark => ({ status, text, at: 1 });
const items = (role: 'ml-engineer', level: 'senior' | 'middle') =>
  cellExpectations(cellAt(ml, role, level)!);
const idOf = (level: 'senior' | 'middle', index: number) =>
  markId('ml-engineer', level, items('ml-engineer', level)[index]!.key);

/** ML Pipelines with ML Engineer's senior cell reworded: its 2nd sentence changed, its 4th gone. */
const reworded: Ladder = {
  ...ml,
  cells: ml.cells.map((cell) =>
    cell.role === 'ml-engineer' && cell.level === 'senior'
      ? {
          ...cell,
          description:
            'Designs ML pipeline architecture. Optimizes the execution of pipelines (caching, parallel steps, retries). Configures CI/CD for pipeline deployment. Mentors middle engineers.',
        }
      : cell,
  ),
};

describe('reconcileCell', () => {
  it("gives each item of a cell marked or unmarked, with its mark's id", () => {
    const senior = items('ml-engineer', 'senior');
    const marks = { [idOf('senior', 1)]: mark(senior[1]!.text, 'partly') };
    const result = reconcileCell(ml, assessment(marks), 'ml-engineer', 'senior');
    expect(result.map((item) => [item.state, item.text])).toEqual([
      ['unmarked', 'Designs ML pipeline architecture.'],
      ['marked', 'Optimizes pipeline execution (caching, parallel steps).'],
      ['unmarked', 'Configures CI/CD for pipeline deployment.'],
      ['unmarked', 'Ensures reproducibility.'],
    ]);
    expect(result.map((item) => item.id)).toEqual(senior.map((_, i) => idOf('senior', i)));
    expect(result[1]).toMatchObject({ state: 'marked', mark: { status: 'partly' } });
  });

  it('carries the mark of a reworded sentence as changed, and never a removed one', () => {
    const senior = items('ml-engineer', 'senior');
    const marks = Object.fromEntries(senior.map((item, i) => [idOf('senior', i), mark(item.text)]));
    const result = reconcileCell(reworded, assessment(marks), 'ml-engineer', 'senior');
    expect(result.map((item) => item.state)).toEqual(['marked', 'changed', 'marked', 'unmarked']);
    expect(result[1]).toMatchObject({
      state: 'changed',
      text: 'Optimizes the execution of pipelines (caching, parallel steps, retries).',
      previous: { text: 'Optimizes pipeline execution (caching, parallel steps).' },
      previousId: idOf('senior', 1),
    });
    expect(result[1]!.id).not.toBe(idOf('senior', 1));
    // "Ensures reproducibility." has nothing in common with "Mentors middle engineers.".
    expect(orphanMarks(reworded, assessment(marks))).toEqual([
      {
        id: idOf('senior', 3),
        role: 'ml-engineer',
        level: 'senior',
        mark: mark('Ensures reproducibility.'),
      },
    ]);
  });

  it('gives each old mark to the most alike item only', () => {
    const cell = (description: string): Ladder => ({
      ...ml,
      cells: ml.cells.map((c) =>
        c.role === 'ml-engineer' && c.level === 'lead' ? { ...c, description } : c,
      ),
    });
    const before = cell('Defines ML pipeline strategy for the team.');
    const [old] = reconcileCell(before, assessment(), 'ml-engineer', 'lead');
    const marks = { [old!.id]: mark(old!.text) };
    const after = cell(
      'Defines ML pipeline strategy for the platform. Defines ML pipeline strategy for the whole team.',
    );
    const result = reconcileCell(after, assessment(marks), 'ml-engineer', 'lead');
    expect(result.map((item) => item.state)).toEqual(['unmarked', 'changed']);
    expect(orphanMarks(after, assessment(marks))).toEqual([]);
  });

  it('matches by words, not position: a sentence added first leaves the others marked', () => {
    const middle = items('ml-engineer', 'middle');
    const marks = Object.fromEntries(middle.map((item, i) => [idOf('middle', i), mark(item.text)]));
    const added: Ladder = {
      ...ml,
      cells: ml.cells.map((c) =>
        c.role === 'ml-engineer' && c.level === 'middle'
          ? { ...c, description: `Reviews feature stores. ${c.description}` }
          : c,
      ),
    };
    expect(
      reconcileCell(added, assessment(marks), 'ml-engineer', 'middle').map((item) => item.state),
    ).toEqual(['unmarked', 'marked', 'marked', 'marked', 'marked']);
  });

  it('has nothing for a cell that expects nothing, and throws for an unknown role', () => {
    const v2: Ladder = {
      ...ml,
      cells: ml.cells.map((c) =>
        c.role === 'llm-engineer' && c.level === 'junior'
          ? { role: c.role, level: c.level, requirement: 'not-expected' }
          : c,
      ),
    };
    expect(reconcileCell(v2, assessment(), 'llm-engineer', 'junior')).toEqual([]);
    expect(() => reconcileCell(ml, assessment(), 'cto' as 'ml-engineer', 'junior')).toThrow(
      RangeError,
    );
  });
});

describe('orphanMarks', () => {
  it('keeps marks of unknown roles, levels and sentences, in ladder order, unknown last', () => {
    const marks = {
      'cto/senior/k1': mark('Runs the company.'),
      'ml-engineer/staff/k2': mark('Leads a group.'),
      'ml-engineer/junior/k3': mark('Removed sentence.'),
      'data-scientist/senior/k4': mark('Also removed.'),
      [idOf('middle', 0)]: mark(items('ml-engineer', 'middle')[0]!.text),
      'no-slashes': mark('Odd id.'),
    };
    expect(
      orphanMarks(ml, assessment(marks)).map(({ id, role, level }) => [id, role, level]),
    ).toEqual([
      ['data-scientist/senior/k4', 'data-scientist', 'senior'],
      ['ml-engineer/junior/k3', 'ml-engineer', 'junior'],
      ['ml-engineer/staff/k2', 'ml-engineer', 'staff'],
      ['cto/senior/k1', 'cto', 'senior'],
      ['no-slashes', 'no-slashes', ''],
    ]);
  });

  it('has none for marks on items', () => {
    expect(orphanMarks(ml, assessment())).toEqual([]);
  });
});

describe('ids with a "/" in them', () => {
  // Ids are any text: role "a/b" at level "c" and role "a" at level "b/c" must not share marks.
  const slashed: Ladder = {
    ...ml,
    levels: [
      { id: 'b/c', name: 'B/C' },
      { id: 'c', name: 'C' },
    ],
    roles: [
      { id: 'a', name: 'A' },
      { id: 'a/b', name: 'A/B' },
    ],
    cells: [
      { role: 'a', level: 'b/c', requirement: 'required', description: 'Writes tests.' },
      { role: 'a', level: 'c', requirement: 'required', description: 'Writes tests.' },
      { role: 'a/b', level: 'b/c', requirement: 'required', description: 'Writes tests.' },
      { role: 'a/b', level: 'c', requirement: 'required', description: 'Writes tests.' },
    ],
  };
  const [item] = cellExpectations(slashed.cells[0]!);

  it('keeps the marks of two cells whose ids would join the same way apart', () => {
    const id = markId('a/b', 'c', item!.key);
    expect(id).not.toBe(markId('a', 'b/c', item!.key));
    const marks = assessment({ [id]: mark('Writes tests.') });
    expect(reconcileCell(slashed, marks, 'a/b', 'c')[0]!.state).toBe('marked');
    expect(reconcileCell(slashed, marks, 'a', 'b/c')[0]!.state).toBe('unmarked');
  });

  it('names the role and level of an orphan as the ladder has them', () => {
    const id = markId('a/b', 'c', 'kgone');
    const [orphan] = orphanMarks(slashed, assessment({ [id]: mark('Gone.') }));
    expect([orphan!.role, orphan!.level]).toEqual(['a/b', 'c']);
  });
});
