import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { controllableCatalog } from '../../../../test/controllable-catalog.js';
import { sampleLadders } from '../../../../samples/catalog/sample-ladders.js';
import { radarStorage } from '../../../../stories/assessment-views/assessment-fixtures.js';
import { expectedLevel } from './skill-radar-data.js';
import { SkillRadar } from './skill-radar.js';

const role = 'backend-engineer';

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('SkillRadar', () => {
  it('compares the expected and estimated level of each skill, in a table and in words', async () => {
    const { container } = render(
      <SkillRadar
        catalog={createMemoryCatalog(sampleLadders)}
        careerRole={role}
        level="lead"
        storage={radarStorage()}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Backend Engineer at Lead across skills' });
    await vi.waitFor(() => expect(screen.getByRole('table')).not.toHaveTextContent('Loading…'), {
      timeout: 10_000,
    });
    expect(rows()).toEqual([
      ['API Design', 'Lead', 'Senior'],
      ['Code Review', 'Lead', 'Lead'],
      ['Data Modelling', 'Senior', 'Not assessed'],
      ['Incident Response', 'Lead', 'None reached yet'],
    ]);
    expect(chart).toHaveAccessibleDescription(
      '2 skills are below the expected level: API Design and Incident Response. One skill is not assessed yet.',
    );
    expect(container.querySelectorAll('[data-part="spoke"]')).toHaveLength(4);
    expect(container.querySelector('polygon[data-part="estimated"]')).not.toBeNull();
  });

  it('shows every skill as not assessed with nothing stored', async () => {
    render(
      <SkillRadar
        catalog={createMemoryCatalog(sampleLadders)}
        careerRole={role}
        level="junior"
        storage={null}
        locale="zh-CN"
      />,
    );
    await vi.waitFor(() => expect(rows().map((row) => row[2])).toEqual(Array(4).fill('尚未自评')), {
      timeout: 10_000,
    });
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      '没有技能低于期望级别。4 项技能尚未自评。',
    );
  });

  it('says how far loading is, then which skills failed, with a Retry', async () => {
    const fake = controllableCatalog(sampleLadders);
    render(
      <SkillRadar catalog={fake.catalog} careerRole={role} level="lead" storage={radarStorage()} />,
    );
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleDescription('Loaded 0 of 4 skills');
    expect(document.querySelector('polygon[data-part="estimated"]')).toBeNull();
    await vi.waitFor(() => expect(fake.pending()).toHaveLength(4));
    act(() => {
      fake.resolve('api-design');
      fake.resolve('code-review');
      fake.resolve('data-modelling');
      fake.fail('incident-response', 500);
    });
    await vi.waitFor(() =>
      expect(chart).toHaveAccessibleDescription(
        'One skill is below the expected level: API Design. One skill is not assessed yet. One skill could not be loaded.',
      ),
    );
    expect(rows()[3]).toEqual(['Incident Response', 'Lead', 'Could not be loaded.']);
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await vi.waitFor(() => expect(fake.pending()).toHaveLength(1));
    act(() => fake.resolve('incident-response'));
    await vi.waitFor(() =>
      expect(rows()[3]).toEqual(['Incident Response', 'Lead', 'None reached yet']),
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('takes the highest level up to the person’s at which the skill is required', () => {
    const index = createMemoryCatalog(sampleLadders).peekIndex();
    const skill = (id: string) => index?.skills.find((s) => s.id === id);
    const dataModelling = skill('data-modelling');
    const incidents = skill('incident-response');
    if (!dataModelling || !incidents) throw new Error('The sample catalog changed.');
    // Data modelling: optional, required, required, optional, optional.
    expect(expectedLevel(dataModelling, role, 'principal')?.id).toBe('senior');
    expect(expectedLevel(dataModelling, role, 'middle')?.id).toBe('middle');
    expect(expectedLevel(dataModelling, role, 'junior')).toBeUndefined();
    expect(expectedLevel(incidents, role, 'staff')).toBeUndefined();
    expect(expectedLevel(incidents, 'nobody', 'lead')).toBeUndefined();
  });
});
