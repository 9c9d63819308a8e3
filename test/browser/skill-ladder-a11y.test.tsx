import '@skill-ladder/react/styles.css';
import type { Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';

const cases = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
] as const;

describe('SkillLadder accessibility in Chromium (axe-core, WCAG 2.2 AA)', () => {
  it('is checked by an axe that does find violations', async () => {
    const { container } = render(
      <main>
        <button type="button" />
        <p style={{ color: '#bbb', background: '#fff' }}>faint text</p>
      </main>,
    );
    const ids = (await axeViolations(container)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });

  it.each(cases)('has no violations in %s, %s scheme', async (locale, theme) => {
    const { container } = render(
      <main>
        <SkillLadder skill="ml-pipelines" locale={locale} theme={theme} defaultLevel="middle" />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations with a row open, a tooltip showing and a role focused', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <SkillLadder skill="ml-pipelines" theme="dark" defaultCareerRole="llm-engineer" />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'LLM Engineer' }));
    screen.getAllByRole('gridcell')[0]?.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{End}{ArrowLeft}');
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/LLM/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations in the error panels', async () => {
    const { container } = render(
      <main>
        <SkillLadder skill="unknown" />
        <SkillLadder ladder={{ id: 'broken' } as unknown as Ladder} theme="dark" />
      </main>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);
  });
});
