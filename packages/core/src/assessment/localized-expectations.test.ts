import { describe, expect, it } from 'vitest';
import { incidentResponse as ir } from '../__fixtures__/ladder-v2.js';
import { cellAt } from '../ladder-index.js';
import { localizeLadder } from '../localize-ladder.js';
import type { LadderCell } from '../types.js';
import { cellExpectations } from './expectation-key.js';
import { localizedExpectations } from './localized-expectations.js';

describe('localizedExpectations', () => {
  it('keys by the source text and shows the translation, sentence by sentence', () => {
    const source = cellAt(ir, 'backend-engineer', 'junior')!;
    const shown = cellAt(localizeLadder(ir, 'zh-CN'), 'backend-engineer', 'junior')!;
    expect(localizedExpectations(source, shown, 'en')).toEqual([
      {
        ...cellExpectations(source)[0],
        shown: '事故期间按照运行手册操作，并报告所见情况。',
      },
    ]);
  });

  it('marks a text that fell back to the source language with that language', () => {
    const source = cellAt(ir, 'qa-engineer', 'junior')!;
    const shown = cellAt(localizeLadder(ir, 'ar'), 'qa-engineer', 'junior')!;
    expect(shown.lang).toBe('en');
    const [item] = localizedExpectations(source, shown, 'en');
    expect(item).toMatchObject({ text: item!.shown, lang: 'en' });
  });

  it('shows the source sentences when the translation splits otherwise', () => {
    const cell = (description: string): LadderCell => ({
      role: 'r',
      level: 'l',
      requirement: 'required',
      description,
    });
    const items = localizedExpectations(
      cell('Writes tests. Fixes bugs.'),
      cell('编写测试并修复缺陷。'),
      'en',
    );
    expect(items.map(({ shown, lang }) => [shown, lang])).toEqual([
      ['Writes tests.', 'en'],
      ['Fixes bugs.', 'en'],
    ]);
    expect(
      localizedExpectations(
        cell('A.'),
        { role: 'r', level: 'l', requirement: 'not-expected' },
        'en',
      ),
    ).toEqual([{ ...cellExpectations(cell('A.'))[0], shown: 'A.', lang: 'en' }]);
  });
});
