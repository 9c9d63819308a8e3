import '@skill-ladder/react/catalog.css';
import { SkillCatalog } from '@skill-ladder/react/catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { arabicMessages } from '../fixtures/arabic-messages';
import { untilShown } from '../fixtures/waits';
import { missingCatalog, neverLoadingCatalog, sampleCatalog } from './catalogs';

/**
 * Every skill of a catalog, grouped by domain › group, with search, a role filter and a polite
 * count of results. Here it reads the sample catalog (fictional data) as static JSON.
 */
const meta = {
  title: 'Career framework/SkillCatalog',
  component: SkillCatalog,
  parameters: { ladderRoot: false },
  args: {
    catalog: sampleCatalog,
    getSkillHref: (skill) => `#skill=${skill.id}`,
  },
  argTypes: {
    catalog: { control: false },
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
  },
} satisfies Meta<typeof SkillCatalog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every skill, each a link to its page. */
export const AllSkills: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status', {}, untilShown)).toHaveTextContent(
      /5 skills found|找到 5 个技能/,
    );
    await expect(canvas.getAllByRole('link')).toHaveLength(5);
  },
};

/** Typing narrows the list; the count is announced politely. */
export const Searching: Story = {
  play: async ({ canvas }) => {
    const box = await canvas.findByRole('searchbox', {}, untilShown);
    await userEvent.type(box, 'incident');
    await expect(await canvas.findByRole('link', { name: 'Incident Response' })).toBeVisible();
    await expect(canvas.getAllByRole('link')).toHaveLength(1);
  },
};

/** The skills of one role, each a button that calls the host back. */
export const OneRoleWithCallback: Story = {
  args: {
    defaultCareerRole: 'site-reliability-engineer',
    getSkillHref: undefined,
    onSkillSelect: fn(),
  },
  play: async ({ canvas, args }) => {
    const button = await canvas.findByRole('button', { name: 'Incident Response' }, untilShown);
    await userEvent.click(button);
    await expect(args.onSkillSelect).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'incident-response' }),
    );
  },
};

/** Nothing matches: the empty state says so, and how to widen the search. */
export const NoResults: Story = {
  args: { defaultQuery: 'quantum knitting' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/No skill matches|没有匹配的技能/, {}, untilShown),
    ).toBeVisible();
  },
};

/** The Chinese interface: translated names are shown and searched. */
export const Chinese: Story = {
  args: { locale: 'zh-CN', defaultQuery: 'API' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'API 设计' }, untilShown)).toBeVisible();
  },
};

/**
 * `dir="rtl"` with `locale="ar"` and the host's Arabic message set: the API design sample has a
 * partial Arabic translation (its name, domain and two roles); the rest stays English, marked.
 */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { locale: 'ar', messages: arabicMessages, dir: 'rtl' },
  play: async ({ canvas }) => {
    const link = await canvas.findByRole('link', { name: 'تصميم واجهات البرمجة' }, untilShown);
    await expect(link).not.toHaveAttribute('lang');
    await expect(canvas.getByRole('link', { name: 'Code Review' })).toHaveAttribute('lang', 'en');
    const search = canvas.getByRole('searchbox', { name: 'ابحث في المهارات' });
    const role = canvas.getByRole('combobox');
    // The search box comes first, on the right.
    await expect(search.getBoundingClientRect().left).toBeGreaterThan(
      role.getBoundingClientRect().right - 1,
    );
  },
};

/** The index is still loading. */
export const Loading: Story = {
  args: { catalog: neverLoadingCatalog },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

/** The index could not be loaded: a translated error with Retry. */
export const IndexMissing: Story = {
  args: { catalog: missingCatalog },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, untilShown)).toHaveTextContent('404');
    await expect(canvas.getByRole('button', { name: /Try again|重试/ })).toBeVisible();
  },
};
