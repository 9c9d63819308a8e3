import { LadderMatrix } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { codeReviewSample } from './fixtures/code-review-sample';
import { generatedLadder } from './fixtures/ladders';
import { untilShown } from './fixtures/waits';

const onLevelChange = fn();

const meta = {
  title: 'Components/LadderMatrix',
  component: LadderMatrix,
  parameters: { root: { onLevelChange } },
} satisfies Meta<typeof LadderMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MlPipelines: Story = {};

/** Cells where a role is not expected (sample data): a dash and the words, never colour alone. */
export const NotExpected: Story = {
  parameters: { root: { skill: undefined, ladder: codeReviewSample, onLevelChange } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Not expected')).toHaveLength(2);
  },
};

/** The selected level's column and the focused career role's row are marked. */
export const SelectedLevelAndRole: Story = {
  parameters: { root: { defaultLevel: 'senior', defaultCareerRole: 'llm-engineer' } },
};

/** Hover a cell: its description shows in a tooltip. */
export const TooltipOnHover: Story = {
  play: async ({ canvas }) => {
    const cells = canvas.getAllByRole('gridcell');
    const cell = cells[9] as HTMLElement; // Data Scientist, Principal
    // The first hover loads the tooltip layer, whose trigger then lies over the hovered cell.
    await waitFor(async () => {
      await userEvent.unhover(cell);
      await userEvent.hover(cell);
      await expect(
        canvas.getByText('', { selector: '[data-slot="tooltip-anchor"]' }),
      ).toBeInTheDocument();
    }, untilShown);
    await userEvent.hover(canvas.getByText('', { selector: '[data-slot="tooltip-anchor"]' }));
    await waitFor(
      () => expect(canvas.getByRole('tooltip')).toHaveTextContent(/^Shapes ML orchestration/),
      untilShown,
    );
  },
};

/** Arrow keys move the focus, which shows the cell's description; Enter picks its level. */
export const KeyboardGrid: Story = {
  play: async ({ canvas }) => {
    const [first] = canvas.getAllByRole('gridcell');
    first?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowRight}');
    await waitFor(
      () =>
        expect(canvas.getByRole('tooltip')).toHaveTextContent(
          /^Designs ML pipelines with Kubeflow/,
        ),
      untilShown,
    );
    await userEvent.keyboard('{Enter}');
    await expect(onLevelChange).toHaveBeenCalledWith('middle');
  },
};

export const LargeLadder: Story = {
  parameters: { root: { skill: undefined, ladder: generatedLadder(60, 10), defaultLevel: 'l4' } },
};

export const Chinese: Story = { parameters: { root: { locale: 'zh-CN', defaultLevel: 'lead' } } };
