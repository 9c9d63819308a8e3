import { SkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Components/SkillLadder',
  component: SkillLadder,
  args: { skill: 'ml-pipelines' },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MlPipelines: Story = {};

export const AtSenior: Story = { args: { defaultLevel: 'senior' } };
