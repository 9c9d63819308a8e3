import type { Ladder } from '@skill-ladder/core';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleLadders } from '../../../../samples/catalog/sample-ladders.js';
import {
  markedAssessment,
  memoryStorage,
  yesThrough,
} from '../../../../stories/assessment-views/assessment-fixtures.js';
import { expectedLevel } from './skill-radar-data.js';
import { SkillRadar } from './skill-radar.js';

const ladder = (id: string) => sampleLadders.find((l) => l.id === id) as Ladder;
const role = 'backend-engineer';

// API design "yes" through Senior, Code review through Lead, Incident response only Junior
// (Middle, its first required level, not done); Data modelling not assessed.
const storage = () =>
  memoryStorage([
    markedAssessment(ladder('api-design'), role, yesThrough(ladder('api-design'), role, 'senior')),
    markedAssessment(ladder('code-review'), role, yesThrough(ladder('code-review'), role, 'lead')),
    markedAssessment(
      ladder('incident-response'),
      role,
      yesThrough(ladder('incident-response'), role, 'junior'),
    ),
  ]);

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
        storage={storage()}
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
