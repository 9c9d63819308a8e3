import '@skill-ladder/react/catalog.css';
import { RoleProfile } from '@skill-ladder/react/catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, userEvent } from 'storybook/test';
import { arabicMessages } from '../fixtures/arabic-messages';
import { untilShown } from '../fixtures/waits';
import {
  missingCatalog,
  missingLaddersCatalog,
  neverLoadingCatalog,
  sampleCatalog,
} from './catalogs';

/**
 * One career role across every skill of the catalog: the requirement at a level, the
 * descriptions as ladders load (a few at a time), and what changes on the way to the next level.
 */
const meta = {
  title: 'Career framework/RoleProfile',
  component: RoleProfile,
  parameters: { ladderRoot: false },
  args: {
    catalog: sampleCatalog,
    defaultCareerRole: 'engineering-manager',
    defaultLevel: 'senior',
    getSkillHref: (skill) => `#skill=${skill.id}`,
  },
  argTypes: {
    catalog: { control: false },
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    concurrency: { control: { type: 'number', min: 1, max: 10 } },
  },
} satisfies Meta<typeof RoleProfile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An engineering manager at Senior: the table, and what Lead asks for. */
export const EngineeringManager: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', {}, untilShown)).toBeVisible();
    await expect(
      await canvas.findByText(/Loaded 3 of 3 skills|已加载 3 \/ 3 个技能/, {}, untilShown),
    ).toBeVisible();
  },
};

/** At Lead the manager stops being expected in three skills at Principal. */
export const StopsAtLead: Story = {
  args: { defaultLevel: 'lead' },
};

/** A role that starts at Middle: picking a level changes the table and what comes next. */
export const StartsAtMiddle: Story = {
  args: { defaultCareerRole: 'site-reliability-engineer', defaultLevel: 'junior' },
  play: async ({ canvas }) => {
    const level = await canvas.findByRole(
      'combobox',
      { name: /Your current level|当前级别/ },
      untilShown,
    );
    await userEvent.selectOptions(level, 'middle');
    await expect(level).toHaveValue('middle');
  },
};

/**
 * `dir="rtl"` with `locale="ar"` and the host's Arabic message set over the sample catalog: the
 * API design sample's Arabic names and descriptions, the other skills in English, marked.
 */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: {
    locale: 'ar',
    messages: arabicMessages,
    dir: 'rtl',
    defaultCareerRole: 'backend-engineer',
    defaultLevel: 'junior',
  },
  play: async ({ canvas }) => {
    const table = await canvas.findByRole('table', {}, untilShown);
    const header = canvas.getByRole('columnheader', { name: 'المهارة' });
    // The first column is on the right.
    await expect(header.getBoundingClientRect().right).toBeGreaterThan(
      table.getBoundingClientRect().right - header.getBoundingClientRect().width,
    );
    const arabic = await canvas.findByText(
      'يضيف نقاط نهاية تتبع دليل أسلوب الفريق، مع أمثلة للطلبات والاستجابات.',
      {},
      untilShown,
    );
    await expect(arabic).not.toHaveAttribute('lang');
    await expect(
      canvas.getByRole('rowheader', { name: 'Code Review' }).firstElementChild,
    ).toHaveAttribute('lang', 'en');
  },
};

/** The index is still loading. */
export const Loading: Story = { args: { catalog: neverLoadingCatalog } };

/** The index could not be loaded. */
export const IndexMissing: Story = {
  args: { catalog: missingCatalog },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, untilShown)).toHaveTextContent('404');
  },
};

/** The index loads, the ladders do not: the table stands, each description says so. */
export const LaddersMissing: Story = {
  args: { catalog: missingLaddersCatalog },
  play: async ({ canvas }) => {
    // Descriptions fail one by one as their loads answer: wait for all three, not the first.
    await waitFor(
      () => expect(canvas.getAllByText(/Could not be loaded|无法加载/)).toHaveLength(3),
      untilShown,
    );
  },
};
