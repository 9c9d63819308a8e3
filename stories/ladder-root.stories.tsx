import { mlPipelines } from '@skill-ladder/core';
import { LadderMatrix, LadderRoot, LadderSummary } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

/** The element that carries tokens, colour scheme and variants when you compose parts yourself. */
const meta = {
  title: 'Components/LadderRoot',
  component: LadderRoot,
  parameters: { ladderRoot: false },
  args: { theme: 'light', size: 'md', density: 'comfortable' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
  },
  render: (args) => (
    <LadderRoot {...args}>
      <LadderSummary ladder={mlPipelines} locale={args.locale} />
      <LadderMatrix ladder={mlPipelines} locale={args.locale} level="middle" />
    </LadderRoot>
  ),
} satisfies Meta<typeof LadderRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ComposedParts: Story = {};

export const DarkAndCompact: Story = { args: { theme: 'dark', density: 'compact', size: 'sm' } };
