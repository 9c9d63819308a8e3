import { mlPipelines, type Ladder } from '@skill-ladder/core';
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

// Real entries: ESCO's "artificial intelligence engineer" occupation (alternative label:
// machine learning engineer) and O*NET's Data Scientists (15-2051.00).
const aligned: Ladder = {
  ...mlPipelines,
  alignments: [
    {
      framework: 'esco',
      target: 'http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8',
      name: 'artificial intelligence engineer',
    },
    { framework: 'onet', target: '15-2051.00', name: 'Data Scientists' },
  ],
};

/** With the skill's alignments to public taxonomies: each a link to its entry. */
export const Aligned: Story = {
  parameters: { root: { skill: undefined, ladder: aligned } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('list', { name: 'Aligned with' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'O*NET: Data Scientists' })).toHaveAttribute(
      'href',
      'https://www.onetonline.org/link/summary/15-2051.00',
    );
  },
};
