import { mlPipelines } from '@skill-ladder/core';
import { ExportMenu } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/ExportMenu',
  component: ExportMenu,
  args: { ladder: mlPipelines, level: 'senior' },
  argTypes: {
    ladder: { control: false },
    level: { control: 'select', options: ['junior', 'middle', 'senior', 'lead', 'principal'] },
  },
} satisfies Meta<typeof ExportMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Open: CSV of every cell, Markdown of the selected level. */
export const Open: Story = {
  args: { open: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Download CSV (every level)' })).toBeVisible();
  },
};

export const Chinese: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('导出'));
    await expect(canvas.getByRole('button', { name: '下载 Markdown（高级）' })).toBeVisible();
  },
};
