import { mlPipelines, type MlPipelinesLevelId } from '@skill-ladder/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { matrixCell, matrixGrid } from '../../../test/matrix.js';
import { SkillLadder } from './skill-ladder.js';

const selectedTab = () => screen.getByRole('tab', { selected: true });
const comparison = () => screen.getByRole('table', { name: /^Expected at / });
const cardTitles = () =>
  within(screen.getByRole('region', { name: /^To reach|top of this ladder/ }))
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);

describe('SkillLadder', () => {
  it('shows summary, how-to, level tabs, cards, table and matrix, in that order', () => {
    const { container } = render(<SkillLadder skill="ml-pipelines" />);
    expect(screen.getByRole('heading', { level: 2, name: 'ML Pipelines' })).toBeInTheDocument();
    const slots = [...container.querySelectorAll('[data-slot]')].map((el) =>
      el.getAttribute('data-slot'),
    );
    const order = ['summary', 'how-to', 'level-selector', 'promotion', 'comparison', 'matrix'];
    const positions = order.map((slot) => slots.indexOf(slot));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(selectedTab()).toHaveTextContent('Junior');
    expect(screen.getByRole('heading', { name: 'To reach Middle' })).toBeInTheDocument();
    expect(comparison()).toHaveAccessibleName('Expected at Junior');
    expect(
      screen.getByRole('grid', { name: 'How depth grows from Junior to Principal' }),
    ).toBeInTheDocument();
  });

  it('switches level by click, updating cards and table, and reports it', async () => {
    const user = userEvent.setup();
    const onLevelChange = vi.fn();
    render(<SkillLadder skill="ml-pipelines" onLevelChange={onLevelChange} />);
    await user.click(screen.getByRole('tab', { name: 'Lead' }));
    expect(onLevelChange).toHaveBeenCalledWith('lead');
    expect(selectedTab()).toHaveTextContent('Lead');
    expect(comparison()).toHaveAccessibleName('Expected at Lead');
    expect(screen.getByRole('heading', { name: 'To reach Principal' })).toBeInTheDocument();
    const row = within(comparison()).getByRole('row', { name: /LLM Engineer/ });
    expect(row).toHaveTextContent('Defines ML pipeline standards for the LLM team.');
  });

  it('switches level with the keyboard: arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" defaultLevel="middle" />);
    await user.click(selectedTab());
    await user.keyboard('{ArrowRight}');
    expect(selectedTab()).toHaveTextContent('Senior');
    expect(selectedTab()).toHaveFocus();
    await user.keyboard('{End}');
    expect(selectedTab()).toHaveTextContent('Principal');
    expect(comparison()).toHaveAccessibleName('Expected at Principal');
    await user.keyboard('{Home}');
    expect(selectedTab()).toHaveTextContent('Junior');
    await user.keyboard('{ArrowLeft}');
    expect(selectedTab()).toHaveTextContent('Principal');
  });

  it('says plainly at the top level that there is nothing above, and still shows what each role does', () => {
    render(<SkillLadder skill="ml-pipelines" defaultLevel="principal" />);
    expect(
      screen.getByRole('heading', { name: 'Principal is the top of this ladder' }),
    ).toBeInTheDocument();
    expect(cardTitles()).toHaveLength(6);
    expect(screen.getAllByText('Top of the ladder')).toHaveLength(6);
  });

  it('follows a controlled level and leaves changes to the host', async () => {
    const user = userEvent.setup();
    function Host() {
      const [level, setLevel] = useState<MlPipelinesLevelId>('senior');
      return (
        <>
          <output aria-label="host level">{level}</output>
          <SkillLadder skill="ml-pipelines" level={level} onLevelChange={setLevel} />
        </>
      );
    }
    render(<Host />);
    expect(selectedTab()).toHaveTextContent('Senior');
    await user.click(screen.getByRole('tab', { name: 'Middle' }));
    expect(screen.getByLabelText('host level')).toHaveTextContent('middle');
    expect(selectedTab()).toHaveTextContent('Middle');
  });

  it('focuses one career role from the picker: cards and table narrow, the matrix highlights its row', async () => {
    const user = userEvent.setup();
    const onCareerRoleChange = vi.fn();
    render(
      <SkillLadder
        skill="ml-pipelines"
        defaultLevel="middle"
        onCareerRoleChange={onCareerRoleChange}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'MLOps Engineer');
    expect(onCareerRoleChange).toHaveBeenCalledWith('mlops-engineer');
    expect(cardTitles()).toEqual(['MLOps Engineer']);
    expect(screen.getByText('Becomes required')).toBeInTheDocument();
    expect(within(comparison()).getAllByRole('row')).toHaveLength(2);
    const matrixRow = within(matrixGrid())
      .getByRole('rowheader', { name: 'MLOps Engineer' })
      .closest('tr');
    expect(matrixRow).toHaveAttribute('data-state', 'highlighted');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'All roles');
    expect(onCareerRoleChange).toHaveBeenLastCalledWith(null);
    expect(cardTitles()).toHaveLength(6);
  });

  it('speaks Chinese with zh-CN, level names included', () => {
    render(<SkillLadder skill="ml-pipelines" locale="zh-CN" defaultLevel="lead" />);
    expect(selectedTab()).toHaveTextContent('主管');
    expect(screen.getByRole('heading', { name: '晋升到首席' })).toBeInTheDocument();
    expect(screen.getByText('其余 9 个可选')).toBeInTheDocument();
    expect(screen.getByText('更新于 2026年3月17日')).toBeInTheDocument();
  });

  it('takes message and label overrides', () => {
    render(
      <SkillLadder
        skill="ml-pipelines"
        defaultLevel="middle"
        messages={{ 'promotion.heading': 'Next: {level}', levels: { senior: 'L3' } }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Next: L3' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'L3' })).toBeInTheDocument();
  });

  it('shows an alert naming an unknown skill and the skills that exist', () => {
    render(<SkillLadder skill="ml-pipeline" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This skill ladder cannot be shown' +
        'There is no skill "ml-pipeline". Available skills: "ml-pipelines".',
    );
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('shows an alert listing every problem of invalid data', () => {
    const broken = { ...mlPipelines, updated: 'yesterday', cells: mlPipelines.cells.slice(1) };
    render(<SkillLadder ladder={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The ladder data has 2 problems:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'updated must be an ISO date (YYYY-MM-DD), but it is "yesterday".',
      'cells has no cell for role "computer-vision-engineer" at level "junior"; every role needs one cell at every level.',
    ]);
  });

  it('shows markup in data as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const ladder = {
      ...mlPipelines,
      name: hostile,
      cells: mlPipelines.cells.map((cell, i) =>
        i === 0 ? { ...cell, description: hostile } : cell,
      ),
    };
    const { container } = render(<SkillLadder ladder={ladder} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    expect(within(comparison()).getByText(hostile)).toBeInTheDocument();
  });

  it('falls back to the first level for an unknown level id everywhere, and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A level id known only at run time, such as one read from a link.
    const fromLink: string = 'staff';
    render(<SkillLadder skill="ml-pipelines" level={fromLink as MlPipelinesLevelId} />);
    expect(selectedTab()).toHaveTextContent('Junior');
    expect(comparison()).toHaveAccessibleName('Expected at Junior');
    expect(screen.getByRole('heading', { name: 'To reach Middle' })).toBeInTheDocument();
    expect(matrixCell('ML Engineer', 'Junior')).toHaveAttribute('aria-selected', 'true');
    expect(warn).toHaveBeenCalledWith(
      '[skill-ladder] Level "staff" is not in the ladder "ml-pipelines" (its levels: "junior", "middle", "senior", "lead", "principal"); showing "junior" instead.',
    );
    expect(new Set(warn.mock.calls.map((call) => call[0])).size).toBe(warn.mock.calls.length);
    warn.mockRestore();
  });

  it('shows an alert, not a crash, for message overrides that throw when read', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const messages = {
      get 'summary.roles'(): string {
        throw new Error('messages exploded');
      },
    };
    render(
      <main>
        <button type="button">host button</button>
        <SkillLadder skill="ml-pipelines" messages={messages} />
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong while showing this ladder: the messages could not be read (messages exploded)',
    );
    expect(screen.getByRole('button', { name: 'host button' })).toBeEnabled();
    error.mockRestore();
  });

  it('keeps working when the host’s onLevelChange throws', async () => {
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SkillLadder
        skill="ml-pipelines"
        onLevelChange={() => {
          throw new Error('host bug');
        }}
      />,
    );
    await user.click(screen.getByRole('tab', { name: 'Senior' }));
    expect(selectedTab()).toHaveTextContent('Senior');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('renders two ladders on one page without id collisions', () => {
    const { container } = render(
      <>
        <SkillLadder skill="ml-pipelines" />
        <SkillLadder skill="ml-pipelines" defaultLevel="lead" />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByRole('tab', { selected: true }).map((tab) => tab.textContent)).toEqual([
      'Junior',
      'Lead',
    ]);
  });

  it('renders the same markup and data attributes without our classes when unstyled', () => {
    const { container } = render(<SkillLadder skill="ml-pipelines" unstyled className="mine" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(container.querySelector('[class*="sl-"]')).toBeNull();
    expect(container.querySelectorAll('[data-requirement]').length).toBeGreaterThan(30);
  });

  it('puts variants and theme on the root as classes and data attributes', () => {
    const { container } = render(
      <SkillLadder skill="ml-pipelines" size="lg" density="compact" theme="dark" data-testid="x" />,
    );
    const root = screen.getByTestId('x');
    expect(root).toBe(container.firstElementChild);
    expect(root).toHaveClass('sl-root', 'sl-size-lg', 'sl-density-compact');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('lang', 'en');
  });
});
