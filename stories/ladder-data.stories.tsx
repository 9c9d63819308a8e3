import { getSkill, levelRows } from '@skill-ladder/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

function LadderData({ skill, level }: { skill: string; level: string }) {
  const ladder = getSkill(skill);
  const rows = levelRows(ladder, level);
  return (
    <table>
      <caption>
        {ladder.name}: {level}
      </caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Requirement</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((cell) => (
          <tr key={cell.role}>
            <th scope="row">{ladder.roles.find((role) => role.id === cell.role)?.name}</th>
            <td>{cell.requirement}</td>
            <td>{cell.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Core/Ladder data',
  component: LadderData,
  args: { skill: 'ml-pipelines', level: 'senior' },
} satisfies Meta<typeof LadderData>;

export default meta;

export const MlPipelinesSenior: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'ML Pipelines: senior' });
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
  },
};
