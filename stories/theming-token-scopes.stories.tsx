import { SkillLadder } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

/**
 * Design systems set tokens globally or per theme wrapper, not on our class. Each story renders
 * its tokens in a `<style>` of its own, which goes away with the story.
 */
const meta = {
  title: 'Theming/Token scopes',
  component: SkillLadder,
  parameters: { ladderRoot: false },
  args: { skill: 'ml-pipelines', defaultLevel: 'middle' },
} satisfies Meta<typeof SkillLadder>;

export default meta;
type Story = StoryObj<typeof meta>;

// Teal, with light-dark() values so that the Dark toolbar theme still reads well.
const tealTheme = `
.story-teal-theme {
  --sl-font-family: 'Trebuchet MS', 'Noto Sans', sans-serif;
  --sl-radius: 2px;
  --sl-color-accent: light-dark(#00627a, #5fd0ee);
  --sl-focus-ring: light-dark(#00627a, #5fd0ee);
  --sl-color-border: light-dark(#9cc4ce, #2f5560);
  --sl-color-selected: light-dark(#e2f3f7, #0b2a33);
  --sl-color-required: light-dark(#00566b, #5fd0ee);
  --sl-color-required-surface: light-dark(#dcf1f6, #0d2f38);
  --sl-tooltip-shadow: 0 2px 8px rgb(0 98 122 / 0.35);
  --sl-menu-shadow: 0 2px 8px rgb(0 98 122 / 0.35);
}
`;

// Plum, declared on :root as a design system's global tokens would be.
const plumGlobals = `
:root {
  --sl-font-family: Georgia, 'Noto Serif', serif;
  --sl-radius: 1rem;
  --sl-color-accent: light-dark(#6a2c91, #d4a8ff);
  --sl-focus-ring: light-dark(#6a2c91, #d4a8ff);
  --sl-color-surface: light-dark(#f7f1fb, #1d1526);
  --sl-color-selected: light-dark(#f0e6f8, #2a1840);
  --sl-color-required: light-dark(#5e2580, #d4a8ff);
  --sl-color-required-surface: light-dark(#efe3f8, #2a1840);
}
`;

/** The selected tab is drawn in the accent: the light or dark side of the story's token. */
async function expectAccent(canvasElement: HTMLElement, light: string, dark: string) {
  const root = canvasElement.querySelector('[data-slot="root"]') as HTMLElement;
  // A toolbar theme arrives as className on the root, nearer than these tokens: it wins.
  if (/\btheme-/.test(root.className)) return;
  const tab = root.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement;
  await expect(getComputedStyle(tab).color).toBe(root.dataset.theme === 'dark' ? dark : light);
}

/** `<div class="acme-theme"><SkillLadder /></div>`: the wrapper's tokens reach the widget. */
export const OnAThemeWrapper: Story = {
  render: function OnAThemeWrapper(args) {
    return (
      <div className="story-teal-theme">
        <SkillLadder {...args} />
        <style>{tealTheme}</style>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    await expectAccent(canvasElement, 'rgb(0, 98, 122)', 'rgb(95, 208, 238)');
  },
};

/** `:root { --sl-…: … }`: global tokens reach every ladder on the page. */
export const OnRootScope: Story = {
  name: 'On :root',
  render: function OnRootScope(args) {
    return (
      <>
        <SkillLadder {...args} />
        <style>{plumGlobals}</style>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    await expectAccent(canvasElement, 'rgb(106, 44, 145)', 'rgb(212, 168, 255)');
  },
};
