import { mlPipelines } from '@skill-ladder/core';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSkillLadder, type SkillLadderReady } from './use-skill-ladder.js';

describe('useSkillLadder', () => {
  it('gives the state and derived views without markup', () => {
    const { result } = renderHook(() =>
      useSkillLadder({ skill: 'ml-pipelines', defaultLevel: 'middle' }),
    );
    const state = result.current as SkillLadderReady;
    expect(state.status).toBe('ready');
    expect(state.counts).toEqual({
      roles: 6,
      levels: 5,
      required: 21,
      optional: 9,
      notExpected: 0,
    });
    expect(state.level.id).toBe('middle');
    expect(state.nextLevel?.id).toBe('senior');
    expect(state.rows).toHaveLength(6);
    expect(
      state.gaps.map((gap) => gap.change).filter((c) => c === 'becomes-required'),
    ).toHaveLength(2);
    act(() => state.setCareerRole('ml-engineer'));
    const focused = result.current as SkillLadderReady;
    expect(focused.careerRole?.id).toBe('ml-engineer');
    expect(focused.rows.map((cell) => cell.role)).toEqual(['ml-engineer']);
    act(() => focused.setLevel('principal'));
    const top = result.current as SkillLadderReady;
    expect(top.gaps[0]?.change).toBe('top');
    expect(top.nextLevel).toBeUndefined();
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

  it('shows every role for an unknown career role id, with a warning that names the known ids', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderHook(() =>
      useSkillLadder({ ladder: mlPipelines, careerRole: 'cto' as never }),
    );
    expect((result.current as SkillLadderReady).roles).toHaveLength(6);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/Career role "cto" is not in the ladder .*"ml-engineer"/),
    );
    warn.mockRestore();
  });
});
