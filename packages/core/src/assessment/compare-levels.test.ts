import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentResponse } from '../__fixtures__/ladder-v2.js';
import { mlPipelines as ml } from '../ladders/ml-pipelines.js';
import { compareExpectations, compareLevels } from './compare-levels.js';
import { expectationKey } from './expectation-key.js';
import { matchSimilar, similarity } from './similarity.js';
import type { ExpectationChange } from './types.js';

const item = (text: string) => ({ key: expectationKey(text), text });
const list = (...texts: string[]) => texts.map(item);
const brief = (changes: readonly ExpectationChange[]) =>
  changes.map(({ change, from, to }) => `${change}: ${(to ?? from)!.text}`);

describe('similarity', () => {
  it.each([
    ['Designs pipelines.', 'Designs pipelines.', 1],
    ['Designs pipelines.', 'designs PIPELINES', 1],
    ['Designs ML pipelines.', 'Tests ML models.', 1 / 3],
    [
      'Defines ML Pipelines strategy at the team/product level.',
      'Defines ML Pipelines strategy at the organizational level.',
      14 / 17,
    ],
    ['Designs pipelines.', '...', 0],
    ['设计流水线架构', '设计流水线', (2 * 4) / (6 + 4)],
  ])('of %j and %j is %d', (a, b, score) => {
    expect(similarity(a, b)).toBeCloseTo(score, 10);
  });

  it('pairs the most alike first, each text once', () => {
    expect([...matchSimilar(['a b c d', 'a b c x'], ['a b c x', 'q r s'])]).toEqual([[1, 0]]);
    expect([...matchSimilar(['a b', 'a b'], ['a b'])]).toEqual([[0, 0]]);
  });
});

describe('compareExpectations', () => {
  it('finds same, reworded, new and gone, in the order of `to`, gone after what it followed', () => {
    const from = list(
      'Writes tests.',
      'Designs ML pipelines with Kubeflow.',
      'Runs notebooks.',
      'Fixes bugs.',
    );
    const to = list(
      'Leads reviews.',
      'Writes tests.',
      'Designs scalable ML pipelines with Kubeflow.',
      'Mentors juniors.',
    );
    expect(brief(compareExpectations(from, to))).toEqual([
      'new: Leads reviews.',
      'same: Writes tests.',
      'reworded: Designs scalable ML pipelines with Kubeflow.',
      'gone: Runs notebooks.',
      'gone: Fixes bugs.',
      'new: Mentors juniors.',
    ]);
    const reworded = compareExpectations(from, to)[2]!;
    expect(reworded.from?.text).toBe('Designs ML pipelines with Kubeflow.');
  });

  it('puts a gone sentence with nothing kept before it first', () => {
    expect(
      brief(compareExpectations(list('Runs notebooks.', 'Writes tests.'), list('Writes tests.'))),
    ).toEqual(['gone: Runs notebooks.', 'same: Writes tests.']);
  });

  it('handles empty sides', () => {
    expect(compareExpectations([], [])).toEqual([]);
    expect(brief(compareExpectations([], list('A.')))).toEqual(['new: A.']);
    expect(brief(compareExpectations(list('A.'), []))).toEqual(['gone: A.']);
  });

  it('gives every sentence of both sides once, those of `to` in their order', () => {
    const sentence = fc
      .array(fc.constantFrom('designs', 'ml', 'pipelines', 'tests', 'models', 'reviews'), {
        minLength: 1,
        maxLength: 4,
      })
      .map((words) => `${words.join(' ')}.`);
    const cell = fc.uniqueArray(sentence, { maxLength: 6 }).map((texts) => list(...texts));
    fc.assert(
      fc.property(cell, cell, (from, to) => {
        const changes = compareExpectations(from, to);
        expect(changes.flatMap((c) => (c.to ? [c.to] : []))).toEqual(to);
        const froms = changes.flatMap((c) => (c.from ? [c.from] : []));
        expect([...froms].sort((a, b) => a.key.localeCompare(b.key))).toEqual(
          [...from].sort((a, b) => a.key.localeCompare(b.key)),
        );
        for (const c of changes) {
          expect(c.change === 'same').toBe(c.from !== undefined && c.from.key === c.to?.key);
        }
      }),
    );
  });
});

describe('compareLevels', () => {
  it('gives each role, in role order, its requirement change and matched sentences', () => {
    const rows = compareLevels(ml, 'lead', 'principal');
    expect(rows.map((row) => row.role)).toEqual(ml.roles.map((role) => role.id));
    const mlEngineer = rows.find((row) => row.role === 'ml-engineer')!;
    expect(mlEngineer.change).toBe('stays-required');
    expect(brief(mlEngineer.items)).toEqual([
      'reworded: Defines ML pipeline platform strategy.',
      'gone: Standardizes pipeline components.',
      'gone: Designs pipeline templating for faster development.',
      'new: Evaluates pipeline orchestrators.',
      'new: Designs enterprise ML pipeline architecture.',
    ]);
    const mlops = rows.find((row) => row.role === 'mlops-engineer')!;
    expect(brief(mlops.items)).toEqual([
      'reworded: Defines the ML Pipelines strategy at the organizational level.',
      'gone: Establishes standards and best practices.',
      'gone: Conducts reviews.',
      'new: Establishes enterprise approaches.',
      'new: Mentors leads and architects.',
    ]);
  });

  it('names a requirement change and has all same for one level with itself', () => {
    const [cv] = compareLevels(ml, 'middle', 'senior');
    expect(cv).toMatchObject({ role: 'computer-vision-engineer', change: 'becomes-required' });
    for (const row of compareLevels(ml, 'senior', 'senior')) {
      expect(row.items.every((i) => i.change === 'same')).toBe(true);
    }
  });

  it('has no sentences on the side of a cell that expects nothing', () => {
    const analyst = compareLevels(incidentResponse, 'junior', 'middle').find(
      (row) => row.role === 'data-analyst',
    )!;
    expect(analyst.change).toBe('becomes-expected');
    expect(analyst.items.length).toBeGreaterThan(0);
    expect(analyst.items.every((i) => i.change === 'new')).toBe(true);
  });

  it('throws a RangeError for an unknown level', () => {
    expect(() => compareLevels(ml, 'junior', 'staff' as 'senior')).toThrow(RangeError);
  });
});
