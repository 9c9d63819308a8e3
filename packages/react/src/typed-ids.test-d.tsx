// Type tests, checked by `pnpm typecheck`: each `@ts-expect-error` must meet an error, or the
// check fails, so these prove both what is rejected and what is accepted.
import { defineLadder, mlPipelines, type Ladder } from '@skill-ladder/core';
import { expectTypeOf } from 'vitest';
import { LadderRoot } from './ladder-root.js';
import { SkillLadder } from './skill-ladder.js';
import { useSkillLadder } from './use-skill-ladder.js';

// A built-in skill by id: its own level and career role ids.
<SkillLadder skill="ml-pipelines" defaultLevel="senior" defaultCareerRole="ml-engineer" />;
// @ts-expect-error: "seniour" is not a level of ML Pipelines.
<SkillLadder skill="ml-pipelines" defaultLevel="seniour" />;
// @ts-expect-error: nor is "ml-enginer" one of its career roles.
<SkillLadder skill="ml-pipelines" careerRole="ml-enginer" />;

// Ladder data typed `as const` carries its ids to the props.
<LadderRoot ladder={mlPipelines} level="lead" />;
// @ts-expect-error: "seniour" is not a level of this ladder.
<LadderRoot ladder={mlPipelines} level="seniour" />;
<LadderRoot
  ladder={mlPipelines}
  onLevelChange={(level) =>
    expectTypeOf(level).toEqualTypeOf<'junior' | 'middle' | 'senior' | 'lead' | 'principal'>()
  }
/>;

// A company's ladder through defineLadder: a cell must name a declared level and role.
const sql = defineLadder({
  id: 'sql',
  name: 'SQL',
  domain: 'Data',
  group: 'Databases',
  keywords: [],
  updated: '2026-11-29',
  levels: [
    { id: 'l1', name: 'L1' },
    { id: 'l2', name: 'L2' },
  ],
  roles: [{ id: 'analyst', name: 'Analyst' }],
  cells: [
    { role: 'analyst', level: 'l1', requirement: 'optional', description: 'Writes queries.' },
    { role: 'analyst', level: 'l2', requirement: 'required', description: 'Tunes queries.' },
  ],
});
<SkillLadder ladder={sql} defaultLevel="l2" defaultCareerRole="analyst" />;
// @ts-expect-error: "l3" is not a level of the SQL ladder.
<SkillLadder ladder={sql} defaultLevel="l3" />;
defineLadder({
  ...sql,
  // @ts-expect-error: the cell names a level the ladder does not declare.
  cells: [{ role: 'analyst', level: 'l9', requirement: 'optional', description: 'x' }],
});

// A ladder known only at run time, and a skill id from a link: plain strings type-check.
declare const fromServer: Ladder;
declare const skillFromLink: string;
declare const levelFromLink: string;
<SkillLadder ladder={fromServer} defaultLevel={levelFromLink} careerRole={levelFromLink} />;
<SkillLadder skill={skillFromLink} level={levelFromLink} />;

// The hook gives the same typed state.
function Headless() {
  const state = useSkillLadder({ skill: 'ml-pipelines' });
  if (state.status === 'ready') {
    expectTypeOf(state.level.id).toEqualTypeOf<
      'junior' | 'middle' | 'senior' | 'lead' | 'principal'
    >();
    // @ts-expect-error: setLevel takes this ladder's level ids only.
    state.setLevel('staff');
  }
  return null;
}
void Headless;
