import { ExportMenu } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Components/ExportMenu',
  component: ExportMenu,
  parameters: { root: { defaultLevel: 'senior' } },
} satisfies Meta<typeof ExportMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Open: CSV of every cell, Markdown of the root's level. */
export const Open: Story = {
  args: { open: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Download CSV (every level)' })).toBeVisible();
  },
};

export const Chinese: Story = {
  parameters: { root: { defaultLevel: 'senior', locale: 'zh-CN' } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('导出'));
    await expect(canvas.getByRole('button', { name: '下载 Markdown（高级）' })).toBeVisible();
  },
};
