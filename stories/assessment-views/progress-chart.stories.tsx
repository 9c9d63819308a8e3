import '@skill-ladder/react/assessment.css';
import { assessmentProgress } from '@skill-ladder/core/assessment';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect } from 'storybook/test';
import { ProgressChart } from '@skill-ladder/react/assessment';
import { markedAssessment, releaseSample, yesThrough } from './assessment-fixtures';

const role = 'backend-engineer';
const progressOf = (marks: Parameters<typeof markedAssessment>[2]) =>
  assessmentProgress(releaseSample, markedAssessment(releaseSample, role, marks), role);

/**
 * One person's standing against one role's levels: per level the share of expectations marked
 * "yes" (solid) and "partly" (hatched), the current level ▶, the estimated level ● and the
 * target ◆.
 */
const meta = {
  title: 'Components/Self-assessment/ProgressChart',
  component: ProgressChart,
  parameters: { root: { skill: undefined, ladder: releaseSample } },
  args: {
    progress: progressOf({ junior: ['yes', 'yes'], middle: ['yes', 'partly', 'not-yet'] }),
    currentLevel: 'middle',
    targetLevel: 'senior',
  },
  argTypes: { progress: { control: false } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ProgressChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Junior done, Middle under way. */
export const Partial: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /Middle: 1 of 3, 1 partly|中级：3 项中已做到 1 项/,
    );
  },
};

/** Nothing marked yet. */
export const Empty: Story = {
  args: { progress: progressOf({}), currentLevel: 'junior', targetLevel: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /No level reached yet|尚未达到任何级别/,
    );
  },
};

/** Every expectation "yes": the estimated level is the top. */
export const AllYes: Story = {
  args: { progress: progressOf(yesThrough(releaseSample, role, 'senior')), targetLevel: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleDescription(
      /Estimated level: Senior|估计级别：高级/,
    );
  },
};

export const Dark: Story = {
  parameters: { root: { skill: undefined, ladder: releaseSample, theme: 'dark' } },
};

/** No classes of ours: the drawing keeps its black-and-white shapes, the table shows. */
export const Unstyled: Story = {
  parameters: { root: { skill: undefined, ladder: releaseSample, unstyled: true } },
};

export const Chinese: Story = {
  parameters: { root: { skill: undefined, ladder: releaseSample, locale: 'zh-CN' } },
};

/** What print gives: black on white, "partly" told by its hatching, not by colour. */
export const PrintLike: Story = {
  name: 'Print-like',
  parameters: { root: { skill: undefined, ladder: releaseSample, theme: 'light' } },
  decorators: [
    (Story) => (
      <div
        style={
          {
            '--sl-chart-yes': '#000',
            '--sl-chart-partly': '#fff',
            '--sl-chart-track': '#fff',
            '--sl-chart-mark': '#000',
            '--sl-color-text': '#000',
          } as CSSProperties
        }
      >
        <Story />
      </div>
    ),
  ],
};

export const Narrow: Story = {
  name: '320 px',
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
};
