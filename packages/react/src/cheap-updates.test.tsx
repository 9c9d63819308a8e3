import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LadderSummaryModule from './ladder-summary.js';
import type * as MatrixCellModule from './matrix-cell.js';
import { renders } from '../../../test/profiled.js';
import { SkillLadder } from './skill-ladder.js';

vi.mock('./ladder-summary.js', async (importOriginal) => {
  const original = await importOriginal<typeof LadderSummaryModule>();
  const { profiled } = await import('../../../test/profiled.js');
  return { ...original, LadderSummary: profiled(original.LadderSummary, () => 'summary') };
});
vi.mock('./matrix-cell.js', async (importOriginal) => {
  const original = await importOriginal<typeof MatrixCellModule>();
  const { profiled } = await import('../../../test/profiled.js');
  return {
    ...original,
    MatrixCell: profiled(original.MatrixCell, ({ cell }) => `${cell.role}@${cell.level}`),
  };
});

const cellButton = (name: string) => screen.getByRole('button', { name });
const rendered = () => [...new Set(renders)].sort();

describe('what a change re-renders (React Profiler)', () => {
  beforeEach(() => {
    renders.length = 0;
    render(<SkillLadder skill="ml-pipelines" defaultLevel="middle" />);
    expect(renders).toContain('summary');
    expect(renders.filter((id) => id.includes('@'))).toHaveLength(30);
    renders.length = 0;
  });

  it('a level switch re-renders only the matrix cells of the two columns, not the summary', async () => {
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Lead' }));
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Lead');
    const roles = ['computer-vision-engineer', 'data-scientist', 'llm-engineer'];
    const more = ['ml-engineer', 'mlops-engineer', 'nlp-engineer'];
    const columns = ['lead', 'middle'].flatMap((level) =>
      [...roles, ...more].map((role) => `${role}@${level}`),
    );
    expect(rendered()).toEqual(columns.sort());
  });

  it('opening a tooltip re-renders only the cell concerned', async () => {
    act(() => cellButton('LLM Engineer, Senior: Optional').focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Designs complex ML pipelines/);
    expect(rendered()).toEqual(['llm-engineer@senior']);

    renders.length = 0;
    act(() => cellButton('ML Engineer, Lead: Required').focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /^Defines ML pipeline strategy\. Standardizes/,
    );
    expect(rendered()).toEqual(['llm-engineer@senior', 'ml-engineer@lead']);
  });
});
