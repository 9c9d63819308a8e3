import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt } from '../ladder-index.js';
import { mlPipelines as ml } from '../ladders/ml-pipelines.js';
import type { LadderCell } from '../types.js';
import { cellExpectations, expectationKey, markId } from './expectation-key.js';

describe('expectationKey', () => {
  it('is a short base-36 key, fixed for a text on every machine and run', () => {
    // Pinned values, computed by an independent FNV-1a (Python's, over the UTF-8 bytes of the
    // normalized text): a change to normalizing or hashing would orphan every stored mark.
    expect(expectationKey('Implements pipeline testing.')).toBe('knqojqv');
    expect(expectationKey('编写测试。')).toBe('kcbq5j0');
    expect(expectationKey('')).toBe('kztntfp');
    expect(expectationKey('Ships 😀 fast, Ωmega-ß.')).toBe('k1pq6ktk');
    expect(expectationKey('Implements pipeline testing.')).toMatch(/^k[0-9a-z]{1,7}$/);
  });

  it.each([
    ['case', 'implements PIPELINE testing.'],
    ['whitespace', '  Implements \n pipeline\ttesting.  '],
    ['closing punctuation', 'Implements pipeline testing'],
    ['other closing punctuation', 'Implements pipeline testing!'],
  ])('ignores %s', (_, variant) => {
    expect(expectationKey(variant)).toBe(expectationKey('Implements pipeline testing.'));
  });

  it('ignores Unicode composition', () => {
    expect(expectationKey('Café.')).toBe(expectationKey('Cafe\u0301.'));
    expect(expectationKey('编写测试。')).toBe(expectationKey('编写测试'));
  });

  it('changes with any change of wording', () => {
    expect(expectationKey('Implements pipeline tests.')).not.toBe(
      expectationKey('Implements pipeline testing.'),
    );
    expect(expectationKey('Implements, pipeline testing.')).not.toBe(
      expectationKey('Implements pipeline testing.'),
    );
  });

  it('is deterministic for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const key = expectationKey(text);
        expect(key).toMatch(/^k[0-9a-z]{1,7}$/);
        expect(expectationKey(text)).toBe(key);
        expect(expectationKey(` ${text.toUpperCase()} `)).toBe(expectationKey(text.toUpperCase()));
      }),
    );
  });
});

describe('cellExpectations', () => {
  const middle = cellAt(ml, 'ml-engineer', 'middle')!;

  it("gives a cell's sentences with their keys, the same array each time", () => {
    const items = cellExpectations(middle);
    expect(items.map((item) => item.text)).toEqual([
      'Designs ML pipelines with Kubeflow/Airflow.',
      'Configures parameterized pipelines for different models.',
      'Automates retraining with data quality checks.',
      'Implements pipeline testing.',
    ]);
    expect(items.map((item) => item.key)).toEqual(items.map((item) => expectationKey(item.text)));
    expect(cellExpectations(middle)).toBe(items);
  });

  it('numbers a sentence repeated in one cell', () => {
    const cell: LadderCell = {
      role: 'r',
      level: 'l',
      requirement: 'optional',
      description: 'Conducts reviews. Writes docs. Conducts reviews.\nconducts reviews',
    };
    const key = expectationKey('Conducts reviews.');
    expect(cellExpectations(cell).map((item) => item.key)).toEqual([
      key,
      expectationKey('Writes docs.'),
      `${key}~2`,
      `${key}~3`,
    ]);
  });

  it('has none for a cell that expects nothing', () => {
    expect(cellExpectations({ role: 'r', level: 'l', requirement: 'not-expected' })).toEqual([]);
  });

  it('gives every ML Pipelines cell distinct keys', () => {
    for (const cell of ml.cells) {
      const keys = cellExpectations(cell).map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('markId', () => {
  it('files a mark under role, level and key', () => {
    expect(markId('ml-engineer', 'senior', 'k1x2y3z')).toBe('ml-engineer/senior/k1x2y3z');
  });
});
