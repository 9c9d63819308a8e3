import { SkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

/** The landing story: what `<SkillLadder skill="ml-pipelines" />` gives a page. */
const meta = {
  title: 'Overview',
  component: SkillLadder,
  tags: ['!autodocs'],
  parameters: { ladderRoot: false },
  args: { skill: 'ml-pipelines' },
} satisfies Meta<typeof SkillLadder>;

export default meta;

export const MlPipelines: StoryObj<typeof meta> = {
  name: 'ML Pipelines',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'ML Pipelines' })).toBeVisible();
  },
};
