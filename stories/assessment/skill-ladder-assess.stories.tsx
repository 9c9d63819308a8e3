import { SkillLadder } from '@skill-ladder/react';
import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { storageWith, partlyFilled } from '../fixtures/assessment';
import { untilShown } from '../fixtures/waits';

const meta = {
  title: 'Components/Self-assessment/In SkillLadder',
  component: SkillLadder,
  parameters: { ladderRoot: false },
  args: { skill: 'ml-pipelines', assess: { storage: 'memory' } },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `assess` on, in memory: the promotion cards until the assessment's code has loaded, then the
 * request to pick a role (the cards stay below it).
 */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Pick your role to start your checklist.', {}, untilShown),
    ).toBeVisible();
  },
};

/** With a role and level picked, and marks kept from before (a storage seeded for the story). */
export const WithMarks: Story = {
  args: { defaultCareerRole: 'ml-engineer', defaultLevel: 'middle' },
  render: function Render(args) {
    const [storage] = useState(() => storageWith(partlyFilled));
    return <SkillLadder {...args} assess={{ storage }} />;
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Middle: 3 of 4, 1 partly', {}, untilShown)).toBeVisible();
  },
};
