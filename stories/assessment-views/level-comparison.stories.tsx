import '@skill-ladder/react/assessment.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { LevelComparison } from '@skill-ladder/react/assessment';
import { releaseSample } from './assessment-fixtures';

/**
 * Any two levels side by side: per role, the requirement change and each expectation marked
 * New, Gone, Reworded or Same, in words.
 */
const meta = {
  title: 'Components/Self-assessment/LevelComparison',
  component: LevelComparison,
  parameters: { root: { defaultLevel: 'middle' } },
} satisfies Meta<typeof LevelComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The root's level (Middle) and the next, for every role of ML Pipelines. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: /From|从/ })).toHaveValue('middle');
    await expect(canvas.getByRole('combobox', { name: /To|到/ })).toHaveValue('senior');
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
  },
};

/** Junior against Principal: most sentences are new or gone. */
export const TwoFarLevels: Story = {
  args: { defaultFrom: 'junior', defaultTo: 'principal' },
};

/** Sample data whose sentences change every way: kept, reworded, new and gone. */
export const EveryChange: Story = {
  parameters: { root: { skill: undefined, ladder: releaseSample, defaultLevel: 'middle' } },
  play: async ({ canvas }) => {
    for (const word of ['Gone', 'New', 'Same', 'Reworded']) {
      await expect(canvas.getAllByText(word).length).toBeGreaterThan(0);
    }
    const from = canvas.getByRole('combobox', { name: 'From' });
    await userEvent.selectOptions(from, 'junior');
    await expect(canvas.getByText('From Junior to Senior')).toBeVisible();
  },
};

/** With a career role picked on the root, only that role. */
export const OneRole: Story = {
  parameters: { root: { defaultLevel: 'middle', defaultCareerRole: 'mlops-engineer' } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
  },
};

export const Chinese: Story = {
  parameters: { root: { defaultLevel: 'middle', locale: 'zh-CN' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('从中级到高级')).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: { root: { defaultLevel: 'middle', theme: 'dark' } },
};

/** No classes of ours: the markup and `data-*` attributes stay. */
export const Unstyled: Story = {
  parameters: { root: { defaultLevel: 'middle', unstyled: true } },
};

/** At 320 px the two texts of each expectation stack, each labelled with its level. */
export const Narrow: Story = {
  name: '320 px',
  parameters: { root: { skill: undefined, ladder: releaseSample, defaultLevel: 'middle' } },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
};
