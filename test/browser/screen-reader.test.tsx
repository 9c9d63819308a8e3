import '@skill-ladder/react/styles.css';
import { virtual } from '@guidepup/virtual-screen-reader';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matrixCell } from '../matrix';

afterEach(async () => {
  await virtual.stop();
});

describe('the matrix with a (virtual) screen reader', () => {
  it('hears the first focused cell’s description, before any tooltip has loaded', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <button type="button">before</button>
        <SkillLadder skill="ml-pipelines" defaultLevel="senior" />
      </main>,
    );
    await virtual.start({ container });
    screen.getByRole('button', { name: 'before' }).focus();
    // Tab through the level tabs, the role picker, the panel and the six row buttons.
    const first = matrixCell('Computer Vision Engineer', 'Junior');
    for (let i = 0; i < 20 && document.activeElement !== first; i += 1) await user.tab();
    expect(first).toHaveFocus();
    // What is spoken at focus, in the same commit: the tooltip layer is not there yet.
    expect(document.querySelector('[data-slot="tooltip"]')).toBeNull();
    await vi.waitFor(async () =>
      expect((await virtual.spokenPhraseLog()).at(-1)).toMatch(/Understands ML pipeline stages/),
    );
    const phrase = (await virtual.spokenPhraseLog()).at(-1) ?? '';
    expect(phrase).toMatch(/^gridcell, Optional/);
  });

  it('hears the selected level’s column as selected, not only by colour', async () => {
    const { container } = render(<SkillLadder skill="ml-pipelines" defaultLevel="senior" />);
    await virtual.start({ container });
    const user = userEvent.setup();
    matrixCell('Computer Vision Engineer', 'Junior').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(matrixCell('Computer Vision Engineer', 'Senior')).toHaveFocus();
    await vi.waitFor(async () =>
      expect((await virtual.spokenPhraseLog()).at(-1)).toMatch(/selected/),
    );
    await user.keyboard('{ArrowRight}');
    await vi.waitFor(async () =>
      expect((await virtual.spokenPhraseLog()).at(-1)).toMatch(/Defines ML Pipelines strategy/),
    );
    expect((await virtual.spokenPhraseLog()).at(-1)).not.toMatch(/selected/);
  });
});
