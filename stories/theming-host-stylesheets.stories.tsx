import { SkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { bootstrapLikeReboot, tailwindLikePreflight } from './fixtures/host-stylesheets';

/**
 * The ladder on pages that carry a global reset. Each story renders the host stylesheet in a
 * `<style>` of its own, so the reset lasts as long as the story is shown and no longer.
 */
const meta = {
  title: 'Theming/Host stylesheets',
  component: SkillLadder,
  parameters: { ladderRoot: false },
  args: { skill: 'ml-pipelines', defaultLevel: 'senior', exportable: true },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

const underStylesheet = (css: string): Story['render'] =>
  function UnderStylesheet(args) {
    return (
      <>
        <SkillLadder {...args} />
        <style>{css}</style>
      </>
    );
  };

const keepsItsLook: Story['play'] = async ({ canvas }) => {
  const title = canvas.getByRole('heading', { level: 2, name: 'ML Pipelines' });
  await expect(Number(getComputedStyle(title).fontWeight)).toBeGreaterThanOrEqual(600);
  const table = canvas.getByRole('table', { name: 'Expected at Senior' });
  const caption = table.querySelector('caption') as HTMLElement;
  const body = table.querySelector('tbody') as HTMLElement;
  await expect(caption.getBoundingClientRect().top).toBeLessThan(body.getBoundingClientRect().top);
};

/** Headings at `font-weight: inherit`, no margins, no padding, `border: 0 solid`, bare lists. */
export const TailwindLikePreflight: Story = {
  render: underStylesheet(tailwindLikePreflight),
  play: keepsItsLook,
};

export const TailwindLikePreflightDark: Story = {
  ...TailwindLikePreflight,
  args: { theme: 'dark' },
};

/** Headings at 500, captions below their table in grey, padded lists, `th` aligned by inheritance. */
export const BootstrapLikeReboot: Story = {
  render: underStylesheet(bootstrapLikeReboot),
  play: keepsItsLook,
};

export const BootstrapLikeRebootDark: Story = {
  ...BootstrapLikeReboot,
  args: { theme: 'dark' },
};
