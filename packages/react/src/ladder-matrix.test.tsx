import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { matrixCell, matrixGrid } from '../../../test/matrix.js';
import { LadderMatrix } from './ladder-matrix.js';
import { LadderRoot } from './ladder-root.js';
import { generatedLadder } from '../../../stories/fixtures/ladders.js';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';

const llmSeniorText = /^Designs complex ML pipelines for LLM platforms/;

function renderMatrix(props: { onLevelChange?: (level: string) => void } = {}) {
  return render(
    <>
      <button type="button">before</button>
      <LadderRoot skill="ml-pipelines" defaultLevel="senior" onLevelChange={props.onLevelChange}>
        <LadderMatrix tooltipDelay={0} />
      </LadderRoot>
      <button type="button">after</button>
    </>,
  );
}

describe('LadderMatrix, a WAI-ARIA grid', () => {
  it('shows every role × level with its requirement as a word, and marks the selected level', () => {
    renderMatrix();
    const grid = matrixGrid();
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Role', 'Junior', 'Middle', 'Senior', 'Lead', 'Principal']);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(30);
    expect(within(grid).getAllByText('Required')).toHaveLength(21);
    expect(within(grid).getAllByText('Optional')).toHaveLength(9);
    const selected = within(grid).getAllByRole('gridcell', { selected: true });
    expect(selected).toHaveLength(6);
    expect(selected.every((cell) => (cell as HTMLTableCellElement).cellIndex === 3)).toBe(true);
    expect(within(grid).getByRole('columnheader', { name: 'Senior' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('is one Tab stop, crossed with one Tab', async () => {
    const user = userEvent.setup();
    renderMatrix();
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(matrixCell('Computer Vision Engineer', 'Junior')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    expect(matrixGrid().querySelectorAll('[tabindex]')).toHaveLength(1);
  });

  it('moves with arrows, Home, End, Ctrl+Home and Ctrl+End, stopping at the edges', async () => {
    const user = userEvent.setup();
    renderMatrix();
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(matrixCell('Computer Vision Engineer', 'Junior')).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(matrixCell('Data Scientist', 'Middle')).toHaveFocus();
    await user.keyboard('{End}');
    expect(matrixCell('Data Scientist', 'Principal')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(matrixCell('Data Scientist', 'Junior')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(matrixCell('NLP Engineer', 'Principal')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(matrixCell('Computer Vision Engineer', 'Junior')).toHaveFocus();
    expect(matrixGrid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('describes the focused cell at once, from the page, and shows the tooltip', async () => {
    const user = userEvent.setup();
    renderMatrix();
    act(() => matrixCell('Computer Vision Engineer', 'Junior').focus());
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}');
    const cell = matrixCell('LLM Engineer', 'Senior');
    expect(cell).toHaveFocus();
    expect(cell).toHaveAccessibleDescription(llmSeniorText);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(llmSeniorText);
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(cell).toHaveFocus();
  });

  it('shows a cell’s description in a tooltip on hover', async () => {
    const user = userEvent.setup();
    renderMatrix();
    const cell = matrixCell('LLM Engineer', 'Senior');
    // The first hover loads the tooltip layer, which then lays its trigger over the hovered cell.
    await vi.waitFor(
      async () => {
        await user.unhover(cell);
        await user.hover(cell);
        expect(document.querySelector('[data-slot="tooltip-anchor"]')).not.toBeNull();
      },
      { timeout: 10_000 },
    );
    await user.hover(document.querySelector('[data-slot="tooltip-anchor"]') as HTMLElement);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(llmSeniorText);
  });

  it('picks the cell’s level with Enter, Space or a click', async () => {
    const user = userEvent.setup();
    const onLevelChange = vi.fn();
    renderMatrix({ onLevelChange });
    act(() => matrixCell('Computer Vision Engineer', 'Junior').focus());
    await user.keyboard('{Control>}{End}{/Control}{ArrowUp}{ArrowUp}{ArrowLeft}{Enter}');
    expect(matrixCell('ML Engineer', 'Lead')).toHaveFocus();
    expect(onLevelChange).toHaveBeenLastCalledWith('lead');
    await user.keyboard('{ArrowRight} ');
    expect(onLevelChange).toHaveBeenLastCalledWith('principal');
    await user.click(matrixCell('Data Scientist', 'Junior'));
    expect(onLevelChange).toHaveBeenLastCalledWith('junior');
    expect(matrixCell('Data Scientist', 'Junior')).toHaveFocus();
    const [firstSelected] = within(matrixGrid()).getAllByRole('gridcell', { selected: true });
    expect((firstSelected as HTMLTableCellElement).cellIndex).toBe(1);
  });

  it('keeps one Tab stop when a smaller ladder takes its place, and runs a host’s onFocus too', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    const small = generatedLadder(2, 2);
    const { rerender } = render(
      <LadderRoot ladder={generatedLadder(6, 5)}>
        <LadderMatrix onFocus={onFocus} />
      </LadderRoot>,
    );
    act(() => (within(matrixGrid()).getAllByRole('gridcell')[0] as HTMLElement).focus());
    await user.keyboard('{Control>}{End}{/Control}');
    expect(onFocus).toHaveBeenCalled();
    rerender(
      <LadderRoot ladder={small}>
        <LadderMatrix onFocus={onFocus} />
      </LadderRoot>,
    );
    const stops = matrixGrid().querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect((stops[0] as HTMLTableCellElement).cellIndex).toBe(2);
  });

  it('shows a cell where the role is not expected in words, with its own marker, and describes it', async () => {
    const user = userEvent.setup();
    render(
      <LadderRoot ladder={codeReviewSample}>
        <LadderMatrix tooltipDelay={0} />
      </LadderRoot>,
    );
    const cell = matrixCell('Engineering Manager', 'Junior');
    expect(cell).toHaveTextContent('Not expected');
    expect(cell).toHaveAttribute('data-requirement', 'not-expected');
    expect(within(matrixGrid()).getAllByText('Not expected')).toHaveLength(2);
    await user.click(cell);
    expect(cell).toHaveFocus();
    expect(cell).toHaveAccessibleDescription('Not expected at this level');
  });

  it('marks level and role names and descriptions that fell back to English with lang', async () => {
    const user = userEvent.setup();
    render(
      <LadderRoot ladder={codeReviewSample} locale="zh-CN">
        <LadderMatrix tooltipDelay={0} />
      </LadderRoot>,
    );
    const grid = matrixGrid();
    expect(grid).toHaveAccessibleName('从初级到Staff的技能深度变化');
    expect(screen.getByText('Staff', { selector: 'h3 span' })).toHaveAttribute('lang', 'en');
    expect(within(grid).getByRole('columnheader', { name: 'Staff' })).toHaveAttribute('lang', 'en');
    expect(within(grid).getByRole('columnheader', { name: '高级' })).not.toHaveAttribute('lang');
    expect(within(grid).getByRole('rowheader', { name: 'Engineering Manager' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(grid).getByRole('rowheader', { name: '后端工程师' })).not.toHaveAttribute('lang');
    const english = matrixCell('后端工程师', 'Staff');
    await user.click(english);
    const description = document.getElementById(english.getAttribute('aria-describedby') ?? '');
    expect(description).toHaveTextContent('Sets the review checklist other teams adopt.');
    expect(description).toHaveAttribute('lang', 'en');
    await user.click(matrixCell('后端工程师', '高级'));
    expect(description).toHaveTextContent('评审时关注设计与风险');
    expect(description).not.toHaveAttribute('lang');
  });
});
