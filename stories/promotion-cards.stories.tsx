import { mlPipelines } from '@skill-ladder/core';
import { PromotionCard, PromotionCards } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const meta = {
  title: 'Components/PromotionCards',
  component: PromotionCards,
  subcomponents: { PromotionCard },
  args: { ladder: mlPipelines, level: 'middle' },
  argTypes: {
    ladder: { control: false },
    level: { control: 'select', options: ['junior', 'middle', 'senior', 'lead', 'principal'] },
  },
} satisfies Meta<typeof PromotionCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** From Middle to Senior: two roles' skills become required. */
export const ToTheNextLevel: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Becomes required')).toHaveLength(2);
  },
};

/** At Principal: the top of the ladder, with what each role keeps doing. */
export const TopLevel: Story = {
  args: { level: 'principal' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Top of the ladder')).toHaveLength(6);
  },
};

export const OneRole: Story = { args: { role: 'computer-vision-engineer' } };

/** One card alone, as a host might place it in a profile page. */
export const SingleCard: Story = {
  render: (args) => (
    <div style={{ maxWidth: '22rem' }}>
      <PromotionCard
        ladder={args.ladder}
        locale={args.locale}
        role="mlops-engineer"
        level="middle"
        headingLevel={2}
      />
    </div>
  ),
};

export const Chinese: Story = { args: { locale: 'zh-CN' } };
