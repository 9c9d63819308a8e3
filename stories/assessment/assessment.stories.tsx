import { assessmentKey } from '@skill-ladder/core/assessment';
import { AssessmentRoot, PromotionChecklist } from '@skill-ladder/react/assessment';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import {
  blockedStorage,
  changedAndOrphaned,
  fullStorage,
  memoryStorage,
  partlyFilled,
  storageWith,
} from '../fixtures/assessment';
import { untilShown } from '../fixtures/waits';
import { AssessmentParts } from './assessment-parts';

const meta = {
  title: 'Components/Self-assessment/Parts',
  component: AssessmentParts,
  subcomponents: { AssessmentRoot, PromotionChecklist },
  parameters: { root: { defaultLevel: 'middle', defaultCareerRole: 'ml-engineer' } },
} satisfies Meta<typeof AssessmentParts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing marked yet, kept in memory only. */
export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'My promotion checklist' })).toBeVisible();
    await expect(canvas.getByText('No level reached yet')).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Implements pipeline testing.' })).toBeVisible();
  },
};

/** Every role shown: the checklist asks the person to pick theirs first. */
export const PickYourRole: Story = {
  parameters: { root: { defaultLevel: 'middle', defaultCareerRole: null } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Pick your role to start your checklist.')).toBeVisible();
  },
};

/** An ML Engineer at Middle, three of four Middle expectations done and Senior begun. */
export const PartlyFilled: Story = {
  args: { makeStorage: () => storageWith(partlyFilled) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Middle: 3 of 4, 1 partly', {}, untilShown)).toBeVisible();
    await expect(canvas.getByText('Estimated level: Junior')).toBeVisible();
  },
};

/** The ladder's wording changed since the person checked: the old text and mark are shown. */
export const ChangedSinceChecked: Story = {
  args: { makeStorage: () => storageWith(changedAndOrphaned) },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Changed since you checked', {}, untilShown),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Keep my mark' })).toBeVisible();
  },
};

/** Marks whose expectation left the ladder: kept, listed apart, removable. */
export const NoLongerInTheLadder: Story = {
  args: { makeStorage: () => storageWith(changedAndOrphaned) },
  play: async ({ canvas }) => {
    const orphans = await canvas.findByRole(
      'region',
      { name: 'No longer in the ladder' },
      untilShown,
    );
    await expect(within(orphans).getByText(/Documents every pipeline/)).toBeVisible();
  },
};

/** What was stored could not be read: it was kept as a backup, and the person starts fresh. */
export const NoticeBackupKept: Story = {
  args: { makeStorage: () => memoryStorage({ [assessmentKey('ml-pipelines')]: '{ not json' }) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/A backup was kept/, {}, untilShown)).toBeVisible();
  },
};

/** Storage throws on access (a sandboxed iframe): the marks live in this tab only. */
export const NoticeStorageUnavailable: Story = {
  args: { makeStorage: () => blockedStorage },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/does not let the page save/, {}, untilShown),
    ).toBeVisible();
  },
};

/** Storage is full: the marks live in this tab only. */
export const NoticeStorageFull: Story = {
  args: { makeStorage: () => fullStorage() },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getAllByRole('radio', { name: 'Yes' })[0]!);
    await expect(await canvas.findByText(/no room left to save/, {}, untilShown)).toBeVisible();
  },
};

/** Stored in the first format version: brought up to date, and the person told once. */
export const NoticeMigrated: Story = {
  args: {
    makeStorage: () =>
      memoryStorage({
        'skill-ladder:assessment:v1:ml-pipelines': JSON.stringify({
          version: 1,
          ladder: 'ml-pipelines',
          role: 'ml-engineer',
          level: 'middle',
          checked: {},
        }),
      }),
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/brought up to date/, {}, untilShown)).toBeVisible();
  },
};

/** A file that is not an assessment: its problems by path, and nothing imported. */
export const ImportWithErrors: Story = {
  play: async ({ canvasElement, canvas }) => {
    const input = canvasElement.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(
      [JSON.stringify({ format: 'skill-ladder-assessment', version: 2, marks: 3 })],
      'marks.json',
      { type: 'application/json' },
    );
    await fireEvent.change(input, { target: { files: [file] } });
    const heading = await canvas.findByRole(
      'heading',
      { name: 'This file could not be imported' },
      untilShown,
    );
    await waitFor(() => expect(heading).toHaveFocus(), untilShown);
  },
};

/** A valid file: what it would change, then Import or Cancel. */
export const ImportPreview: Story = {
  args: { makeStorage: () => storageWith(partlyFilled) },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByText('Middle: 3 of 4, 1 partly', {}, untilShown);
    const input = canvasElement.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(
      [JSON.stringify({ ...partlyFilled, marks: {}, format: 'skill-ladder-assessment' })],
      'marks.json',
      { type: 'application/json' },
    );
    await fireEvent.change(input, { target: { files: [file] } });
    const heading = await canvas.findByRole('heading', { name: 'Import these marks?' }, untilShown);
    await waitFor(() => expect(heading).toHaveFocus(), untilShown);
  },
};

export const Chinese: Story = {
  args: { makeStorage: () => storageWith(partlyFilled) },
  parameters: {
    root: { defaultLevel: 'middle', defaultCareerRole: 'ml-engineer', locale: 'zh-CN' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: '我的晋升清单' })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { makeStorage: () => storageWith(changedAndOrphaned) },
  parameters: { root: { defaultLevel: 'middle', defaultCareerRole: 'ml-engineer', theme: 'dark' } },
};

/** Our class names left out; the markup and `data-*` attributes stay. */
export const Unstyled: Story = {
  args: { makeStorage: () => storageWith(partlyFilled) },
  parameters: {
    root: { defaultLevel: 'middle', defaultCareerRole: 'ml-engineer', unstyled: true },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="checklist"]')).not.toHaveAttribute(
      'class',
    );
  },
};

/** At 320 px: the options wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  args: { makeStorage: () => storageWith(partlyFilled) },
  decorators: [(Story) => <div style={{ width: 320 }}>{Story()}</div>],
};
