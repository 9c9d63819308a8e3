import { mlPipelines } from '@skill-ladder/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSkillLadder, type SkillLadderReady } from './use-skill-ladder.js';

describe('useSkillLadder', () => {
  it('gives the state and derived views without markup', () => {
    const { result } = renderHook(() =>
      useSkillLadder({ skill: 'ml-pipelines', defaultLevel: 'middle' }),
    );
    const state = result.current as SkillLadderReady;
    expect(state.status).toBe('ready');
    expect(state.summary).toEqual({ roles: 6, levels: 5, required: 21, optional: 9 });
    expect(state.level.id).toBe('middle');
    expect(state.rows).toHaveLength(6);
    expect(
      state.gaps.map((gap) => gap.change).filter((c) => c === 'becomes-required'),
    ).toHaveLength(2);
    act(() => state.setRole('ml-engineer'));
    const focused = result.current as SkillLadderReady;
    expect(focused.role?.id).toBe('ml-engineer');
    expect(focused.rows.map((cell) => cell.role)).toEqual(['ml-engineer']);
    act(() => focused.setLevel('principal'));
    expect((result.current as SkillLadderReady).gaps[0]?.change).toBe('top');
  });

  it('keeps its result while nothing changes, so memoized parts do not re-render', () => {
    const { result, rerender } = renderHook(() => useSkillLadder({ ladder: mlPipelines }));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('reports an unknown skill as a problem, not an exception', () => {
    const { result } = renderHook(() => useSkillLadder({ skill: 'nope' }));
    expect(result.current).toMatchObject({
      status: 'error',
      problem: { kind: 'unknown-skill', skillId: 'nope', knownIds: ['ml-pipelines'] },
    });
  });
});
