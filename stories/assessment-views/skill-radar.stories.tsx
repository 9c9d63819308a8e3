import '@skill-ladder/react/catalog.css';
import '@skill-ladder/react/assessment.css';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { sampleLadders } from '../../samples/catalog/sample-ladders';
import { SkillRadar } from '@skill-ladder/react/assessment';
import { untilShown } from '../fixtures/waits';
import { missingLaddersCatalog, sampleCatalog } from '../career-framework/catalogs';
import {
  manySkills,
  manySkillsAssessments,
  storageHolding,
  radarStorage,
} from './assessment-fixtures';

const role = 'backend-engineer';

// A host's storage that never answers: every skill stays "loading".
const neverAnswering = {
  get: () => new Promise<string | null>(() => {}),
  set: () => {},
  remove: () => {},
};

/**
 * A career role across the skills of a catalog: the role's expected level (dashed) and the
 * person's estimated level (solid) per skill, a summary in words and a table.
 */
const meta = {
  title: 'Components/Self-assessment/SkillRadar',
  component: SkillRadar,
  parameters: { ladderRoot: false },
  args: { catalog: sampleCatalog, careerRole: role, level: 'lead', storage: radarStorage() },
  argTypes: {
    catalog: { control: false },
    storage: { control: false },
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
  },
} satisfies Meta<typeof SkillRadar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A backend engineer at Lead over the sample catalog (served as static JSON). */
export const BackendAtLead: Story = {
  args: { storage: radarStorage() },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/2 skills are below|2 项技能低于/, {}, untilShown),
    ).toBeVisible();
    await expect(canvas.getByRole('img')).toBeVisible();
  },
};

/** Nothing stored: every skill "not assessed", not zero. */
export const NothingAssessed: Story = {
  args: { storage: null },
  play: async ({ canvas }) => {
    // Rows fill in as the skills load: wait for all four, not the first.
    await waitFor(
      () => expect(canvas.getAllByText(/^Not assessed$|^尚未自评$/)).toHaveLength(4),
      untilShown,
    );
  },
};

export const Chinese: Story = { args: { storage: radarStorage(), locale: 'zh-CN' } };

export const Dark: Story = { args: { storage: radarStorage(), theme: 'dark' } };

/** Thirty skills: labels cut to fit, in full in the table. */
export const ThirtySkills: Story = {
  args: {
    catalog: createMemoryCatalog(manySkills),
    careerRole: 'platform-engineer',
    level: 'lead',
    storage: storageHolding(manySkillsAssessments),
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole(
        'rowheader',
        { name: 'Disaster Recovery and Business Continuity' },
        untilShown,
      ),
    ).toBeVisible();
  },
};

export const Narrow: Story = {
  name: '320 px',
  args: { storage: radarStorage() },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** The index loads, the ladders do not: the table says so, with one Try again for them all. */
export const LaddersMissing: Story = {
  args: { catalog: missingLaddersCatalog, storage: radarStorage() },
  play: async ({ canvas }) => {
    await waitFor(
      () => expect(canvas.getAllByText(/Could not be loaded|无法加载/)).toHaveLength(4),
      untilShown,
    );
    await expect(canvas.getByRole('button', { name: /Try again|重试/ })).toBeVisible();
  },
};

/** The ladders are still loading: the expected outline is there, the summary counts loads. */
export const Loading: Story = {
  args: { catalog: createMemoryCatalog(sampleLadders), storage: neverAnswering },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /Loaded 0 of 4 skills|已加载 0 \/ 4 个技能/,
    );
  },
};
