import { CareerRoleSelect } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/CareerRoleSelect',
  component: CareerRoleSelect,
} satisfies Meta<typeof CareerRoleSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllRoles: Story = {
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox', { name: 'Role' });
    await userEvent.selectOptions(select, 'NLP Engineer');
    await expect(select).toHaveValue('nlp-engineer');
  },
};

/** The root's `defaultCareerRole` picks one role at first. */
export const OneRoleChosen: Story = { parameters: { root: { defaultCareerRole: 'ml-engineer' } } };

export const Chinese: Story = { parameters: { root: { locale: 'zh-CN' } } };
