import { describe, expect, it } from 'vitest';
import { emptyAssessment } from './assessment-format.js';
import { mergeAssessments, sameAssessment } from './merge-assessments.js';
import { previewImport } from './preview-import.js';
import type { Assessment, Mark } from './types.js';

const base = emptyAssessment('ml-pipelines');
const mark = (status: Mark['status'], at: number, text = 'Implements pipeline testing.'): Mark => ({
  status,
  text,
  at,
});
const A = 'ml-engineer/senior/ka';
const B = 'ml-engineer/senior/kb';

function both(a: Assessment, b: Assessment) {
  const ab = mergeAssessments(a, b);
  // Tabs agree whatever order they merge in, and merging again changes nothing.
  expect(sameAssessment(ab, mergeAssessments(b, a))).toBe(true);
  expect(sameAssessment(mergeAssessments(ab, a), ab)).toBe(true);
  expect(sameAssessment(mergeAssessments(ab, b), ab)).toBe(true);
  return ab;
}

describe('mergeAssessments', () => {
  it('keeps two writers’ marks on different items', () => {
    const one = { ...base, marks: { [A]: mark('yes', 10) }, updatedAt: 10 };
    const two = { ...base, marks: { [B]: mark('partly', 12) }, updatedAt: 12 };
    expect(both(one, two)).toEqual({
      ...base,
      marks: { [A]: mark('yes', 10), [B]: mark('partly', 12) },
      updatedAt: 12,
    });
  });

  it('takes the later mark on the same item, whichever side it is on', () => {
    const older = { ...base, marks: { [A]: mark('not-yet', 10) }, updatedAt: 10 };
    const newer = {
      ...base,
      marks: { [A]: { ...mark('yes', 20), note: 'since May' } },
      updatedAt: 20,
    };
    expect(both(older, newer).marks).toEqual({ [A]: { ...mark('yes', 20), note: 'since May' } });
  });

  it('settles two marks of the same millisecond the same way on both sides', () => {
    const one = { ...base, marks: { [A]: mark('yes', 10) }, updatedAt: 10 };
    const two = { ...base, marks: { [A]: mark('partly', 10) }, updatedAt: 10 };
    expect(both(one, two).marks[A]).toEqual(mergeAssessments(two, one).marks[A]);
  });

  it('does not bring back a mark removed in one tab while the other still holds it', () => {
    const holding = {
      ...base,
      marks: { [A]: mark('yes', 10), [B]: mark('yes', 11) },
      updatedAt: 11,
    };
    const removedA = {
      ...base,
      marks: { [B]: mark('yes', 11) },
      removed: { [A]: 15 },
      updatedAt: 15,
    };
    const merged = both(holding, removedA);
    expect(merged.marks).toEqual({ [B]: mark('yes', 11) });
    expect(merged.removed).toEqual({ [A]: 15 });
    // …and a mark made after the removal wins over it.
    const again = { ...base, marks: { [A]: mark('partly', 20) }, updatedAt: 20 };
    const later = both(merged, again);
    expect(later.marks[A]).toEqual(mark('partly', 20));
    expect(later.removed).toBeUndefined();
  });

  it('drops every mark, removal and choice older than a clear', () => {
    const other = {
      ...base,
      careerRole: 'ml-engineer',
      chosenAt: { careerRole: 5 },
      marks: { [A]: mark('yes', 10), [B]: mark('yes', 40) },
      removed: { 'ml-engineer/senior/kc': 12 },
      updatedAt: 40,
    };
    const cleared = { ...base, clearedAt: 30, updatedAt: 30 };
    expect(both(other, cleared)).toEqual({
      ...base,
      marks: { [B]: mark('yes', 40) },
      clearedAt: 30,
      updatedAt: 40,
    });
  });

  it('takes the later write of each choice, a cleared choice included', () => {
    const one = {
      ...base,
      careerRole: 'ml-engineer',
      level: 'middle',
      chosenAt: { careerRole: 10, level: 10, target: 25 },
      updatedAt: 25,
    };
    const two = {
      ...base,
      careerRole: 'data-scientist',
      level: 'senior',
      target: 'lead',
      chosenAt: { careerRole: 20, level: 5, target: 20 },
      updatedAt: 20,
    };
    const merged = both(one, two);
    expect([merged.careerRole, merged.level, merged.target]).toEqual([
      'data-scientist',
      'middle',
      undefined,
    ]);
    expect(merged.chosenAt).toEqual({ careerRole: 20, level: 10, target: 25 });
  });

  it('dates a choice without chosenAt (version 1, a hand-made file) by updatedAt', () => {
    const migrated = { ...base, careerRole: 'ml-engineer', updatedAt: 50 };
    const newer = {
      ...base,
      careerRole: 'data-scientist',
      chosenAt: { careerRole: 60 },
      updatedAt: 60,
    };
    expect(both(migrated, newer).careerRole).toBe('data-scientist');
    expect(both(migrated, { ...newer, chosenAt: { careerRole: 40 } }).careerRole).toBe(
      'ml-engineer',
    );
  });
});

describe('previewImport', () => {
  it('counts what an import would add, change, remove and keep', () => {
    const current = {
      ...base,
      marks: {
        [A]: mark('yes', 1),
        [B]: mark('partly', 1),
        'ml-engineer/lead/kx': mark('yes', 1),
      },
      updatedAt: 1,
    };
    const incoming = {
      ...base,
      marks: {
        [A]: mark('yes', 99),
        [B]: mark('yes', 2),
        'ml-engineer/lead/ky': mark('yes', 1),
        'ml-engineer/lead/kz': mark('not-yet', 1),
      },
      updatedAt: 99,
    };
    expect(previewImport(current, incoming)).toEqual({
      added: 2,
      changed: 1,
      removed: 1,
      unchanged: 1,
      otherLadder: false,
    });
    expect(previewImport(current, { ...incoming, ladder: 'api-design' }).otherLadder).toBe(true);
    expect(previewImport(base, base)).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
      otherLadder: false,
    });
  });
});
