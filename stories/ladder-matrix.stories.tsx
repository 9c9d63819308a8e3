import { mlPipelines } from '@skill-ladder/core';
import { LadderMatrix } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { generatedLadder } from './fixtures/ladders';
import { untilShown } from './fixtures/waits';

const meta = {
  title: 'Components/LadderMatrix',
  component: LadderMatrix,
  args: { ladder: mlPipelines, onCellSelect: fn() },
  argTypes: { ladder: { control: false } },
} satisfies Meta<typeof LadderMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MlPipelines: Story = {};

/** The selected level's column and the focused role's row are marked. */
export const SelectedLevelAndRole: Story = { args: { level: 'senior', role: 'llm-engineer' } };

/** Hover a cell: its description shows in a tooltip. */
export const TooltipOnHover: Story = {
  play: async ({ canvas }) => {
    await userEvent.hover(
      canvas.getByRole('button', { name: 'Data Scientist, Principal: Required' }),
    );
    await waitFor(
      () => expect(canvas.getByRole('tooltip')).toHaveTextContent(/^Shapes ML orchestration/),
      untilShown,
    );
  },
};

/** Focus a cell with the keyboard: the same description shows; Enter selects the cell. */
export const TooltipOnFocus: Story = {
  play: async ({ canvas, args }) => {
    const cell = canvas.getByRole('button', { name: 'ML Engineer, Middle: Required' });
    cell.focus();
    await waitFor(
      () =>
        expect(canvas.getByRole('tooltip')).toHaveTextContent(
          /^Designs ML pipelines with Kubeflow/,
        ),
      untilShown,
    );
    await userEvent.keyboard('{Enter}');
    await expect(args.onCellSelect).toHaveBeenCalledWith({ role: 'ml-engineer', level: 'middle' });
  },
};

export const LargeLadder: Story = { args: { ladder: generatedLadder(60, 10), level: 'l4' } };

export const Chinese: Story = { args: { locale: 'zh-CN', level: 'lead' } };
