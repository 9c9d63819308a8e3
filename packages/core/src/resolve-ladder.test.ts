import { describe, expect, it } from 'vitest';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { createRegistry } from './registry.js';
import { resolveLadder } from './resolve-ladder.js';

describe('resolveLadder', () => {
  it('finds a built-in skill by id', () => {
    expect(resolveLadder({ skill: 'ml-pipelines' })).toEqual({ ok: true, ladder: mlPipelines });
  });

  it('names the id and the known ids for an unknown skill', () => {
    expect(resolveLadder({ skill: 'ml' })).toEqual({
      ok: false,
      problem: { kind: 'unknown-skill', skillId: 'ml', knownIds: ['ml-pipelines'] },
    });
    expect(resolveLadder({})).toMatchObject({ ok: false, problem: { skillId: '' } });
  });

  it('looks skills up in a host registry', () => {
    const mine = { ...mlPipelines, id: 'mine' };
    const registry = createRegistry([mine]);
    expect(resolveLadder({ skill: 'mine', registry })).toEqual({ ok: true, ladder: mine });
    expect(resolveLadder({ skill: 'ml-pipelines', registry })).toMatchObject({
      ok: false,
      problem: { knownIds: ['mine'] },
    });
  });

  it('validates data, once per data object, so the ladder keeps its identity', () => {
    const data = JSON.parse(JSON.stringify(mlPipelines));
    const first = resolveLadder({ ladder: data });
    expect(first.ok).toBe(true);
    expect(resolveLadder({ ladder: data })).toBe(first);
  });

  it('returns every validation error for bad data', () => {
    const result = resolveLadder({ ladder: { id: 'x' } });
    expect(result.ok).toBe(false);
    expect(
      !result.ok && result.problem.kind === 'invalid-ladder' && result.problem.errors.length,
    ).toBe(8);
  });
});
