import { SkillLadder } from '@skill-ladder/react';
import '@skill-ladder/react/catalog.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { untilShown } from '../fixtures/waits';
import {
  missingCatalog,
  missingLaddersCatalog,
  neverLoadingCatalog,
  sampleCatalog,
} from './catalogs';

/**
 * `SkillLadder` with a catalog and a skill id: the ladder is fetched as static JSON, with a
 * loading state that keeps its room and an error panel with Retry.
 */
const meta = {
  title: 'Career framework/SkillLadder from a catalog',
  component: SkillLadder,
  parameters: { ladderRoot: false },
  args: { catalog: sampleCatalog, skill: 'api-design', defaultLevel: 'senior' },
  argTypes: {
    catalog: { control: false },
    skill: {
      control: 'select',
      options: [
        'api-design',
        'code-review',
        'incident-response',
        'dashboard-design',
        'data-modelling',
      ],
    },
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
  },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** API Design, loaded from the catalog (translated into Chinese: switch the locale). */
export const ApiDesign: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 2, name: /API Design|API 设计/ }, untilShown),
    ).toBeVisible();
  },
};

/** A role that starts at Middle: the matrix says in words where it is not expected. */
export const IncidentResponse: Story = {
  args: { skill: 'incident-response', defaultLevel: 'middle' },
};

/** The ladder is still loading: the same room, `aria-busy`. */
export const Loading: Story = {
  args: { catalog: neverLoadingCatalog },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

/** The ladder file is missing (404): a translated error with Retry. */
export const LadderMissing: Story = {
  args: { catalog: missingLaddersCatalog },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, untilShown)).toHaveTextContent('404');
  },
};

/** The skill is not in the catalog. */
export const UnknownSkill: Story = {
  args: { skill: 'underwater-basket-weaving' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, untilShown)).toHaveTextContent(
      'underwater-basket-weaving',
    );
  },
};

/** Even the index is missing. */
export const IndexMissing: Story = { args: { catalog: missingCatalog } };
