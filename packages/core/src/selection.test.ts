import { describe, expect, it } from 'vitest';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { selectCareerRole, selectLevel } from './selection.js';

describe('selectLevel', () => {
  it.each([
    [undefined, 'junior'],
    [null, 'junior'],
    ['', 'junior'],
    ['lead', 'lead'],
  ])('shows %s as %s without a warning', (id, shown) => {
    expect(selectLevel(mlPipelines, id)).toEqual({
      value: expect.objectContaining({ id: shown }),
      warning: undefined,
    });
  });

  it('shows the first level for an unknown id and names it and the known ids', () => {
    const { value, warning } = selectLevel(mlPipelines, 'staff');
    expect(value.id).toBe('junior');
    expect(warning).toBe(
      'Level "staff" is not in the ladder "ml-pipelines" (its levels: "junior", "middle", "senior", "lead", "principal"); showing "junior" instead.',
    );
  });
});

describe('selectCareerRole', () => {
  it('focuses a known role, and every role for none', () => {
    expect(selectCareerRole(mlPipelines, 'ml-engineer').value?.name).toBe('ML Engineer');
    expect(selectCareerRole(mlPipelines, null)).toEqual({ value: undefined, warning: undefined });
  });

  it('shows every role for an unknown id and names it and the known ids', () => {
    const { value, warning } = selectCareerRole(mlPipelines, 'cto');
    expect(value).toBeUndefined();
    expect(warning).toMatch(
      /^Career role "cto" is not in the ladder "ml-pipelines" \(its roles: "computer-vision-engineer", .*"nlp-engineer"\); showing every role instead\.$/,
    );
  });
});
