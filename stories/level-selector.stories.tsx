import { mlPipelines } from '@skill-ladder/core';
import { LevelSelector } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/LevelSelector',
  component: LevelSelector,
  args: {
    ladder: mlPipelines,
    onValueChange: fn(),
    children: 'The selected level’s content goes here.',
  },
  argTypes: { ladder: { control: false } },
} satisfies Meta<typeof LevelSelector>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Uncontrolled: Story = { args: { defaultValue: 'middle' } };

/** Controlled by the host, which shows the value it holds. */
export const Controlled: Story = {
  render: function Controlled(args) {
    const [level, setLevel] = useState('lead');
    return (
      <>
        <LevelSelector {...args} value={level} onValueChange={setLevel} />
        <p>Host state: {level}</p>
      </>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Junior' }));
    await expect(canvas.getByText('Host state: junior')).toBeVisible();
  },
};

/** Arrow keys, Home and End, as in every Radix Tabs. */
export const Keyboard: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Junior' }));
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Principal');
    await userEvent.keyboard('{Home}{ArrowRight}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Middle');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('middle');
  },
};

export const Chinese: Story = { args: { locale: 'zh-CN' } };
