import { mlPipelines } from '@skill-ladder/core';
import { RoleSelect } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/RoleSelect',
  component: RoleSelect,
  args: { ladder: mlPipelines, value: null, onValueChange: () => {} },
  argTypes: { ladder: { control: false } },
  render: function WithState(args) {
    const [role, setRole] = useState(args.value);
    return <RoleSelect {...args} value={role} onValueChange={setRole} />;
  },
} satisfies Meta<typeof RoleSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllRoles: Story = {
  play: async ({ canvas }) => {
    const select = canvas.getByRole('combobox', { name: 'Role' });
    await userEvent.selectOptions(select, 'NLP Engineer');
    await expect(select).toHaveValue('nlp-engineer');
  },
};

export const OneRoleChosen: Story = { args: { value: 'ml-engineer' } };
