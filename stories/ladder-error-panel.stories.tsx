import { parseLadder } from '@skill-ladder/core';
import { LadderErrorPanel } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { invalidLadder } from './fixtures/ladders';

const parsed = parseLadder(invalidLadder);

const meta = {
  title: 'Components/LadderErrorPanel',
  component: LadderErrorPanel,
  args: {
    failure: { kind: 'unknown-skill', skillId: 'ml-pipeline', knownIds: ['ml-pipelines'] },
  },
} satisfies Meta<typeof LadderErrorPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UnknownSkill: Story = {};

/** Every problem, by path, in a sentence. */
export const InvalidLadder: Story = {
  args: { failure: { kind: 'invalid-ladder', errors: parsed.ok ? [] : parsed.errors } },
};

export const RenderError: Story = {
  args: { failure: { kind: 'crash', reason: 'the messages could not be read (boom)' } },
};

export const Chinese: Story = { args: { locale: 'zh-CN' } };
