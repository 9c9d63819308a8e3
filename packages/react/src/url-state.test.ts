import { afterEach, describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state.js';

const startUrl = window.location.href;
afterEach(() => window.history.replaceState(null, '', startUrl));

describe('URL state', () => {
  it('reads the skill, level and career role, and nothing else', () => {
    window.history.replaceState(
      null,
      '',
      '?skill=ml-pipelines&level=senior&career-role=ml-engineer&x=1',
    );
    expect(readUrlState()).toEqual({
      skill: 'ml-pipelines',
      level: 'senior',
      careerRole: 'ml-engineer',
    });
    window.history.replaceState(null, '', '?');
    expect(readUrlState()).toEqual({ skill: null, level: null, careerRole: null });
  });

  it('writes each one into a link that can be shared, keeping the other parameters', () => {
    window.history.replaceState({ kept: true }, '', '?tab=1#part');
    writeUrlState('skill', 'api design');
    writeUrlState('level', 'lead');
    writeUrlState('careerRole', 'sre');
    expect(window.location.search).toBe('?tab=1&skill=api+design&level=lead&career-role=sre');
    expect(window.location.hash).toBe('#part');
    expect(window.history.state).toEqual({ kept: true });
    writeUrlState('careerRole', null);
    expect(readUrlState()).toEqual({ skill: 'api design', level: 'lead', careerRole: null });
  });
});
