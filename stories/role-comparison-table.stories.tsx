import { RoleComparisonTable } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/RoleComparisonTable',
  component: RoleComparisonTable,
  parameters: { root: { defaultLevel: 'senior' } },
} satisfies Meta<typeof RoleComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AtSenior: Story = {};

/** Two rows open at once, to compare tracks side by side. */
export const DetailsOpen: Story = {
  args: { defaultOpenRoles: ['llm-engineer', 'mlops-engineer'] },
};

/** Enter or Space on a role's button opens its track, as a click on the row does. */
export const OpenWithKeyboard: Story = {
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'NLP Engineer' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

export const OneRole: Story = {
  parameters: { root: { defaultLevel: 'senior', defaultCareerRole: 'data-scientist' } },
};

export const Chinese: Story = { parameters: { root: { defaultLevel: 'senior', locale: 'zh-CN' } } };
