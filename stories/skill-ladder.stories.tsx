import type { Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { arabicMessages } from './fixtures/arabic-messages';
import { codeReviewSample } from './fixtures/code-review-sample';
import { untilShown } from './fixtures/waits';
import {
  dataContractsLadder,
  generatedLadder,
  invalidLadder,
  longTextLadder,
  worldScriptsLadder,
} from './fixtures/ladders';

const meta = {
  title: 'Components/SkillLadder',
  component: SkillLadder,
  parameters: { ladderRoot: false },
  args: { skill: 'ml-pipelines' },
  argTypes: {
    defaultLevel: {
      control: 'select',
      options: ['junior', 'middle', 'senior', 'lead', 'principal'],
    },
    defaultCareerRole: {
      control: 'select',
      options: [
        null,
        'computer-vision-engineer',
        'data-scientist',
        'llm-engineer',
        'ml-engineer',
        'mlops-engineer',
        'nlp-engineer',
      ],
    },
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    ladder: { control: false },
    registry: { control: false },
    messages: { control: false },
  },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `<SkillLadder skill="ml-pipelines" />`: the one-line embed. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'ML Pipelines' })).toBeVisible();
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Junior');
  },
};

export const AtJunior: Story = { args: { defaultLevel: 'junior' } };
export const AtMiddle: Story = { args: { defaultLevel: 'middle' } };
export const AtSenior: Story = { args: { defaultLevel: 'senior' } };
export const AtLead: Story = { args: { defaultLevel: 'lead' } };

/** At the top level the promotion section says so, and shows what each role keeps doing. */
export const AtPrincipal: Story = {
  args: { defaultLevel: 'principal' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: /top of this ladder/ })).toBeVisible();
  },
};

/** Focused on one role: the cards and the table narrow, the matrix highlights its row. */
export const FocusedOnOneRole: Story = {
  args: { defaultLevel: 'middle', defaultCareerRole: 'mlops-engineer' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
  },
};

export const Chinese: Story = { args: { locale: 'zh-CN', defaultLevel: 'senior' } };

export const Dark: Story = { args: { theme: 'dark', defaultLevel: 'senior' } };

export const CompactAndSmall: Story = { args: { size: 'sm', density: 'compact' } };

/** The same markup and data attributes with none of our classes, for teams with their own CSS. */
export const Unstyled: Story = { args: { unstyled: true } };

/** A company's own ladder: levels named L1–L4, and a role with no required cell. */
export const CustomLadder: Story = {
  args: { skill: undefined, ladder: dataContractsLadder, defaultLevel: 'l2' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'To reach L3' })).toBeVisible();
  },
};

/** 60 roles × 10 levels. */
export const LargeLadder: Story = {
  args: { skill: undefined, ladder: generatedLadder(60, 10), defaultLevel: 'l5' },
};

export const LongTexts: Story = { args: { skill: undefined, ladder: longTextLadder } };

/** Right-to-left, CJK and emoji text. */
export const WorldScripts: Story = { args: { skill: undefined, ladder: worldScriptsLadder } };

/**
 * Format version 2 (sample data): the Engineering Manager is not expected at Junior or Middle.
 * Those cells say so in words, with their own marker; the card says when the role becomes
 * expected, and the summary counts them.
 */
export const NotExpected: Story = {
  args: { skill: undefined, ladder: codeReviewSample, defaultLevel: 'middle' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Becomes expected at Senior')).toBeVisible();
    await expect(canvas.getByText('Not expected at this level')).toBeVisible();
    await expect(canvas.getAllByText('Not expected', { selector: 'td' })).toHaveLength(3);
  },
};

/**
 * A ladder translated into Chinese in part (sample data): what the translation leaves out shows
 * in English, marked `lang="en"` so a screen reader reads it as English.
 */
export const TranslatedWithFallback: Story = {
  name: 'Translated, with English fallback',
  args: { skill: undefined, ladder: codeReviewSample, locale: 'zh-CN', defaultLevel: 'senior' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: '代码评审' })).toBeVisible();
    await expect(canvas.getByText('Engineering Practices')).toHaveAttribute('lang', 'en');
    await expect(canvas.getByRole('tab', { name: 'Staff' })).toHaveAttribute('lang', 'en');
  },
};

/**
 * `dir="rtl"` with Arabic content and a host's Arabic message set (sample data): tabs, tables,
 * the matrix and chevrons run right to left, and the arrow keys follow.
 */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: {
    skill: undefined,
    ladder: codeReviewSample,
    locale: 'ar',
    messages: arabicMessages,
    dir: 'rtl',
    defaultLevel: 'middle',
  },
  play: async ({ canvas }) => {
    const tabs = canvas.getAllByRole('tab');
    const first = tabs[0] as HTMLElement;
    const last = tabs[tabs.length - 1] as HTMLElement;
    await expect(first.getBoundingClientRect().left).toBeGreaterThan(
      last.getBoundingClientRect().right,
    );
    await userEvent.click(first);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('متوسط');
  },
};

export const UnknownSkill: Story = {
  args: { skill: 'ml-pipeline' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('There is no skill "ml-pipeline"');
  },
};

export const InvalidLadder: Story = {
  // Data typed `unknown` (not `any`, as JSON.parse gives) says it is a ladder to be checked.
  args: { skill: undefined, ladder: invalidLadder as Ladder },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The ladder data has 5 problems');
  },
};

/** Pick a level with the mouse: the cards, the table and the matrix follow. */
export const PickALevel: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Senior' }));
    await expect(canvas.getByRole('table', { name: 'Expected at Senior' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'To reach Lead' })).toBeVisible();
  },
};

/** Arrow keys move between levels; Home and End jump to the ends. */
export const KeyboardThroughTheTabs: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Junior' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Senior');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { selected: true })).toHaveTextContent('Principal');
  },
};

/** A row of the table opens that role's track across every level. */
export const OpenARowsDetails: Story = {
  args: { defaultLevel: 'middle' },
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Computer Vision Engineer' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const track = canvas.getByRole('list', { name: 'Computer Vision Engineer at every level' });
    await expect(within(track).getAllByRole('listitem')).toHaveLength(5);
  },
};

/** Focusing a matrix cell shows its description; arrow keys move between cells. */
export const MatrixCellDescription: Story = {
  play: async ({ canvas }) => {
    const [first] = canvas.getAllByRole('gridcell');
    first?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{End}{ArrowLeft}');
    await waitFor(
      () =>
        expect(canvas.getByRole('tooltip')).toHaveTextContent(
          /^Defines ML pipeline standards for the LLM team/,
        ),
      untilShown,
    );
  },
};

/** `exportable`: an Export menu downloads every cell as CSV or the selected level as Markdown. */
export const WithExportMenu: Story = {
  args: { exportable: true, defaultLevel: 'senior' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Export'));
    await expect(canvas.getByRole('button', { name: 'Download Markdown (Senior)' })).toBeVisible();
  },
};

/** `syncWithUrl`: the level and career role live in the page's query string, so the view can be shared. */
export const SharedThroughTheUrl: Story = {
  args: { syncWithUrl: true },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Lead' }));
    await expect(new URLSearchParams(window.location.search).get('level')).toBe('lead');
  },
};
