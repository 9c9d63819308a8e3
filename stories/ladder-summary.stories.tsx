import type { Ladder } from '@skill-ladder/core';
import { LadderSummary } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { codeReviewSample } from './fixtures/code-review-sample';
import { dataContractsLadder } from './fixtures/ladders';

const meta = {
  title: 'Components/LadderSummary',
  component: LadderSummary,
} satisfies Meta<typeof LadderSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MlPipelines: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('the other 9 are optional')).toBeVisible();
  },
};

const allOptional: Ladder = {
  ...dataContractsLadder,
  keywords: [],
  cells: dataContractsLadder.cells.map((cell) =>
    cell.requirement === 'not-expected' ? cell : { ...cell, requirement: 'optional' },
  ),
};

/** Zero required cells and no keywords: "all 12 are optional". */
export const ZeroRequired: Story = {
  parameters: { root: { skill: undefined, ladder: allOptional } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('all 12 are optional')).toBeVisible();
  },
};

export const Chinese: Story = { parameters: { root: { locale: 'zh-CN' } } };

/** Sample data with two cells where a role is not expected: a tile counts them. */
export const NotExpected: Story = {
  parameters: { root: { skill: undefined, ladder: codeReviewSample } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('cells where a role has no expectation')).toBeVisible();
    await expect(canvas.getByText('3 of the others are optional')).toBeVisible();
  },
};
