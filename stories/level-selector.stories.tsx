import { LadderRoot, LevelSelector } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';

const onLevelChange = fn();

const meta = {
  title: 'Components/LevelSelector',
  component: LevelSelector,
  args: { children: 'The selected level’s content goes here.' },
  parameters: { root: { defaultLevel: 'middle', onLevelChange } },
} satisfies Meta<typeof LevelSelector>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Uncontrolled: Story = {};

/** The level held by the host, through the root's `level` and `onLevelChange`. */
export const Controlled: Story = {
  parameters: { ladderRoot: false },
  render: function Controlled(args) {
    const [level, setLevel] = useState<'junior' | 'middle' | 'senior' | 'lead' | 'principal'>(
      'lead',
    );
    return (
      <LadderRoot skill="ml-pipelines" level={level} onLevelChange={setLevel}>
        <LevelSelector {...args} />
        <p>Host state: {level}</p>
      </LadderRoot>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Junior' }));
    await expect(canvas.getByText('Host state: junior')).toBeVisible();
  },
};

/** Arrow keys, Home and End, as in every Radix Tabs. */
export const Keyboard: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Junior' }));
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Principal');
    await userEvent.keyboard('{Home}{ArrowRight}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Middle');
    await expect(onLevelChange).toHaveBeenLastCalledWith('middle');
  },
};

export const Chinese: Story = { parameters: { root: { locale: 'zh-CN' } } };
