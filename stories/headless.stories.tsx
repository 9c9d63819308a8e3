import type { MlPipelinesLevelId, MlPipelinesRoleId } from '@skill-ladder/core';
import { useSkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';

/**
 * A page built from `useSkillLadder` alone: no markup, class or style of ours, only the state
 * and derived views every part renders from.
 */
function HeadlessLadder() {
  const state = useSkillLadder({ skill: 'ml-pipelines', defaultLevel: 'middle' });
  if (state.status === 'error') return <p role="alert">{state.problem.kind}</p>;
  const { ladder, t, counts, level, nextLevel, setLevel, careerRole, setCareerRole, rows, gaps } =
    state;
  return (
    <article>
      <h2>{ladder.name}</h2>
      <p>
        {counts.roles} roles, {counts.levels} levels, {counts.required} required.
      </p>
      <label>
        Level{' '}
        <select
          value={level.id}
          onChange={(event) => setLevel(event.target.value as MlPipelinesLevelId)}
        >
          {ladder.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {t.level(l)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Role{' '}
        <select
          value={careerRole?.id ?? ''}
          onChange={(event) =>
            setCareerRole((event.target.value || null) as MlPipelinesRoleId | null)
          }
        >
          <option value="">Every role</option>
          {ladder.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {t.role(r)}
            </option>
          ))}
        </select>
      </label>
      <h3>{nextLevel ? `On the way to ${t.level(nextLevel)}` : 'Top of the ladder'}</h3>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.role}>
            {gap.role}: {gap.change}
          </li>
        ))}
      </ul>
      <h3>At {t.level(level)}</h3>
      <dl>
        {rows.map((cell) => (
          <div key={cell.role}>
            <dt>
              {cell.role} ({cell.requirement})
            </dt>
            <dd>{cell.description}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

const meta = {
  title: 'Guides/Headless',
  component: HeadlessLadder,
  parameters: { ladderRoot: false },
} satisfies Meta<typeof HeadlessLadder>;

export default meta;

export const FromTheHookAlone: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'On the way to Senior' })).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Role' }), 'ML Engineer');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
    await expect(canvas.getByText('ml-engineer: stays-required')).toBeVisible();
  },
};
