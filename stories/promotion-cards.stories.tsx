import { PromotionCard, PromotionCards } from '@skill-ladder/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { codeReviewSample } from './fixtures/code-review-sample';

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

/**
 * Sample data with a role that starts at Senior: at Junior it is still not expected at Middle;
 * at Middle it becomes expected at Senior.
 */
export const NotExpected: Story = {
  parameters: { root: { skill: undefined, ladder: codeReviewSample, defaultLevel: 'junior' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Still not expected at Middle')).toBeVisible();
    await expect(canvas.getByText('Not expected at this level')).toBeVisible();
  },
};

/** The same in Chinese: a role name the translation leaves out shows in English, with `lang`. */
export const TranslatedWithFallback: Story = {
  name: 'Translated, with English fallback',
  parameters: {
    root: { skill: undefined, ladder: codeReviewSample, defaultLevel: 'middle', locale: 'zh-CN' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Engineering Manager' })).toHaveAttribute(
      'lang',
      'en',
    );
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
