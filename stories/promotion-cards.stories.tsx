import { PromotionCard, PromotionCards } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const meta = {
  title: 'Components/PromotionCards',
  component: PromotionCards,
  subcomponents: { PromotionCard },
  parameters: { root: { defaultLevel: 'middle' } },
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
  parameters: { root: { defaultLevel: 'principal' } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Top of the ladder')).toHaveLength(6);
  },
};

export const OneRole: Story = {
  parameters: { root: { defaultLevel: 'middle', defaultCareerRole: 'computer-vision-engineer' } },
};

/** One card alone, as a host might place it in a profile page. */
export const SingleCard: Story = {
  render: () => (
    <div style={{ maxWidth: '22rem' }}>
      <PromotionCard careerRole="mlops-engineer" headingLevel={2} />
    </div>
  ),
};

export const Chinese: Story = { parameters: { root: { defaultLevel: 'middle', locale: 'zh-CN' } } };
