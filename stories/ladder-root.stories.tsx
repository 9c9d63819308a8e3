import {
  LadderMatrix,
  LadderRoot,
  LadderSummary,
  RoleComparisonTable,
  useLadder,
} from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

// A part of the host's own, beside ours, reading the same root.
function LevelNote() {
  const { t, level, careerRole } = useLadder('LevelNote');
  return (
    <p>
      Showing {careerRole ? t.role(careerRole) : 'every role'} at {t.level(level)}.
    </p>
  );
}

/**
 * The provider every part reads: where the ladder comes from, the selected level and career
 * role, language, theme and variants. Compose your own page from the parts, in any order.
 */
const meta = {
  title: 'Components/LadderRoot',
  component: LadderRoot,
  parameters: { ladderRoot: false },
  args: {
    skill: 'ml-pipelines',
    defaultLevel: 'senior',
    theme: 'light',
    size: 'md',
    density: 'comfortable',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
  },
  render: (args) => (
    <LadderRoot {...args}>
      <LadderSummary />
      <h3>How our ML engineers grow</h3>
      <LevelNote />
      <LadderMatrix />
      <RoleComparisonTable />
    </LadderRoot>
  ),
} satisfies Meta<typeof LadderRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Summary, matrix and table only, with a heading and a part of the host's own between them. */
export const ComposedPage: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Showing every role at Senior.')).toBeVisible();
    await expect(canvas.getByRole('table', { name: 'Expected at Senior' })).toBeVisible();
    await expect(canvas.queryByRole('tablist')).toBeNull();
  },
};

export const OneCareerRole: Story = { args: { defaultCareerRole: 'mlops-engineer' } };

export const DarkAndCompact: Story = { args: { theme: 'dark', density: 'compact', size: 'sm' } };
