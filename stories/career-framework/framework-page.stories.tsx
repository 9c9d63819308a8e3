import '@skill-ladder/react/catalog.css';
import { SkillLadder } from '@skill-ladder/react';
import { RoleProfile, SkillCatalog } from '@skill-ladder/react/catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { untilShown } from '../fixtures/waits';
import { sampleCatalog } from './catalogs';

interface PageProps {
  theme?: 'system' | 'light' | 'dark';
  locale?: string;
}

// A host's page: the catalog beside the ladder picked in it, and a role profile below, all
// from one catalog served as static JSON.
function FrameworkPage({ theme, locale }: PageProps) {
  const [skill, setSkill] = useState('api-design');
  const shared = { catalog: sampleCatalog, theme, locale };
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <SkillCatalog {...shared} onSkillSelect={(picked) => setSkill(picked.id)} />
      <SkillLadder {...shared} skill={skill} />
      <RoleProfile
        {...shared}
        defaultCareerRole="backend-engineer"
        defaultLevel="middle"
        onSkillSelect={(picked) => setSkill(picked.id)}
      />
    </div>
  );
}

/** The catalog, a ladder and a role profile on one page, reading one catalog. */
const meta = {
  title: 'Career framework/Framework page',
  component: FrameworkPage,
  parameters: { ladderRoot: false, layout: 'padded' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
  },
} satisfies Meta<typeof FrameworkPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a skill in the catalog or the role profile: the ladder follows. */
export const CatalogRoleAndLadder: Story = {
  play: async ({ canvas }) => {
    // The catalog's button comes first; the role profile lists the skill too.
    const [catalogButton] = await canvas.findAllByRole(
      'button',
      { name: 'Data Modelling' },
      untilShown,
    );
    await userEvent.click(catalogButton as HTMLElement);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: 'Data Modelling' }, untilShown),
    ).toBeVisible();
  },
};
