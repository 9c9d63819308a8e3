import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogLadders, smallLadder } from '../../../../test/catalog-ladders.js';
import { controllableCatalog } from '../../../../test/controllable-catalog.js';
import { sampleLadders } from '../../../../samples/catalog/sample-ladders.js';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { RoleProfile } from './role-profile.js';

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

// Twenty skills for one role, to see the limit on loads at once.
const many = Array.from({ length: 20 }, (_, i) =>
  smallLadder({
    id: `skill-${i + 1}`,
    name: `Skill ${i + 1}`,
    domain: 'Engineering',
    group: 'Everything',
  }),
);

describe('RoleProfile', () => {
  it('shows the table from the index at once, then the descriptions as ladders load', async () => {
    const fake = controllableCatalog(catalogLadders);
    render(
      <RoleProfile catalog={fake.catalog} defaultCareerRole="ml-engineer" defaultLevel="middle" />,
    );
    expect(screen.getByRole('table', { name: 'ML Engineer at Middle' })).toBeInTheDocument();
    expect(rows()).toEqual([
      ['ML Pipelines', 'Required', 'Loading…'],
      ['Feature Stores', 'Optional', 'Loading…'],
      ['Résumé screening', 'Optional', 'Loading…'],
      ['Model Monitoring', 'Required', 'Loading…'],
    ]);
    const progress = screen.getByRole('status');
    expect(progress).toHaveTextContent('Loaded 0 of 4 skills');
    expect(progress).toHaveAttribute('aria-busy', 'true');
    await vi.waitFor(() => expect(fake.pending()).toHaveLength(4));
    act(() => fake.resolve('feature-stores'));
    await vi.waitFor(() => expect(progress).toHaveTextContent('Loaded 1 of 4 skills'));
    expect(rows()[1]).toEqual([
      'Feature Stores',
      'Optional',
      'Feature Stores, ML Engineer at Middle.',
    ]);
    act(() => {
      fake.resolve('ml-pipelines');
      fake.fail('resume-screening', 500);
      fake.resolve('model-monitoring');
    });
    await vi.waitFor(() => expect(progress).toHaveAttribute('aria-busy', 'false'));
    expect(progress).toHaveTextContent('Loaded 3 of 4 skills');
    expect(rows().map((row) => row[2])).toEqual([
      'ML Pipelines, ML Engineer at Middle.',
      'Feature Stores, ML Engineer at Middle.',
      'Could not be loaded.',
      'Model Monitoring, ML Engineer at Middle.',
    ]);
    expect(progress).toHaveTextContent('Loaded 3 of 4 skills One skill could not be loaded.');

    // Try again: only the failed ladder is asked for, and focus stays in the widget.
    const user = userEvent.setup();
    const calls = fake.stats.calls.length;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(progress).toHaveFocus();
    await vi.waitFor(() => expect(fake.pending()).toEqual(['resume-screening']));
    expect(fake.stats.calls.slice(calls)).toEqual(['resume-screening']);
    expect(rows()[2]?.[2]).toBe('Loading…');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    act(() => fake.resolve('resume-screening'));
    await vi.waitFor(() => expect(progress).toHaveTextContent('Loaded 4 of 4 skills'));
    expect(rows()[2]?.[2]).toBe('Résumé screening, ML Engineer at Middle.');
  });

  it(`never loads more than \`concurrency\` ladders at once`, async () => {
    const fake = controllableCatalog(many);
    render(<RoleProfile catalog={fake.catalog} concurrency={3} />);
    const progress = screen.getByRole('status');
    for (let loaded = 0; loaded < 20; loaded += 1) {
      await vi.waitFor(() => expect(fake.pending().length).toBe(Math.min(3, 20 - loaded)));
      // Out of order: the newest first.
      act(() => fake.resolve(fake.pending().at(-1) as string));
    }
    await vi.waitFor(() => expect(progress).toHaveTextContent('Loaded 20 of 20 skills'));
    expect(fake.stats.maxInFlight).toBe(3);
    expect(new Set(fake.stats.calls).size).toBe(20);
  });

  it('says what changes on the way to the next level, and follows the level picked', async () => {
    const user = userEvent.setup();
    const onLevelChange = vi.fn();
    const fake = controllableCatalog(catalogLadders);
    render(
      <RoleProfile
        catalog={fake.catalog}
        defaultCareerRole="ml-engineer"
        onLevelChange={onLevelChange}
      />,
    );
    const next = () =>
      screen.getByRole('heading', { name: /To reach|top of this ladder/ })
        .parentElement as HTMLElement;
    expect(next().firstChild).toHaveTextContent('To reach Middle');
    expect(
      within(next()).getByRole('heading', { name: 'Becomes required' }).nextElementSibling,
    ).toHaveTextContent('ML Pipelines Optional → Required');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Your current level' }),
      'Middle',
    );
    expect(onLevelChange).toHaveBeenCalledWith('middle');
    expect(next().firstChild).toHaveTextContent('To reach Senior');
    expect(
      within(next())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Feature Stores Optional → Required', 'Model Monitoring Required → Optional']);
    expect(
      within(next())
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['To reach Senior', 'Becomes required', 'Other changes']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Your current level' }),
      'Senior',
    );
    expect(next().firstChild).toHaveTextContent('Senior is the top of this ladder');
  });

  it('stops loading when the role changes, and loads the new role’s skills', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders);
    render(<RoleProfile catalog={fake.catalog} defaultCareerRole="data-scientist" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['ml-pipelines', 'feature-stores']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Recruiter');
    await vi.waitFor(() => expect(fake.pending()).toEqual(['resume-screening']));
    expect(fake.stats.aborted).toEqual(expect.arrayContaining(['ml-pipelines', 'feature-stores']));
    expect(rows()).toEqual([['Résumé screening', 'Required', 'Loading…']]);
  });

  it('stops loading on unmount', async () => {
    const fake = controllableCatalog(many);
    const { unmount } = render(<RoleProfile catalog={fake.catalog} />);
    await vi.waitFor(() => expect(fake.pending()).toHaveLength(6));
    unmount();
    expect(fake.pending()).toEqual([]);
    expect(fake.stats.inFlight).toBe(0);
  });

  it('shows descriptions at once when the catalog already has the ladders', async () => {
    const fake = controllableCatalog(catalogLadders);
    const first = render(<RoleProfile catalog={fake.catalog} defaultCareerRole="recruiter" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['resume-screening']));
    act(() => fake.resolve('resume-screening'));
    first.unmount();
    render(<RoleProfile catalog={fake.catalog} defaultCareerRole="recruiter" />);
    expect(rows()).toEqual([
      ['Résumé screening', 'Required', 'Résumé screening, Recruiter at Junior.'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Loaded 1 of 1 skill');
  });

  it('reads the sample catalog in Chinese: translated texts, English fallbacks marked, not expected in words', async () => {
    const catalog = createMemoryCatalog(sampleLadders);
    render(
      <RoleProfile
        catalog={catalog}
        locale="zh-CN"
        defaultCareerRole="engineering-manager"
        defaultLevel="lead"
      />,
    );
    expect(screen.getByRole('combobox', { name: '角色' })).toHaveDisplayValue('工程经理');
    const table = screen.getByRole('table', { name: '工程经理（主管）' });
    const api = within(table).getByRole('rowheader', { name: 'API 设计' })
      .parentElement as HTMLElement;
    expect(within(api).getAllByRole('cell')[1]).toHaveTextContent(
      '与相邻团队协商 API 的归属和弃用时间表。',
    );
    expect(within(api).getAllByRole('cell')[1]).not.toHaveAttribute('lang');
    const incident = within(table).getByRole('rowheader', { name: 'Incident Response' });
    expect(incident.querySelector('[lang="en"]')).not.toBeNull();
    expect((incident.parentElement as HTMLElement).lastElementChild).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { name: '晋升到首席' })).toBeInTheDocument();
    // The manager stops at Lead in three skills.
    expect(screen.getAllByText('必要 → 不作要求', { selector: 'span' })).toHaveLength(3);
    expect(screen.getByRole('heading', { name: '其他变化' })).toBeInTheDocument();
  });

  it('says in words, as the ladder does, where the role is not expected', () => {
    const catalog = createMemoryCatalog(sampleLadders);
    render(
      <RoleProfile
        catalog={catalog}
        defaultCareerRole="engineering-manager"
        defaultLevel="principal"
      />,
    );
    const api = within(screen.getByRole('table')).getByRole('rowheader', { name: 'API Design' })
      .parentElement as HTMLElement;
    expect([...api.children].map((cell) => cell.textContent)).toEqual([
      'API Design',
      'Not expected',
      'Not expected at this level',
    ]);
    expect(api.lastElementChild).toHaveAttribute('data-state', 'not-expected');
  });

  it('marks a description by the root’s language: French content in an English interface', () => {
    const french = smallLadder({
      id: 'fiches',
      name: 'Fiches',
      domain: 'Engineering',
      group: 'Docs',
      translations: { fr: { cells: { 'ml-engineer': { junior: 'Rédige des fiches.' } } } },
    });
    render(<RoleProfile catalog={createMemoryCatalog([french])} locale="fr" />);
    // No French interface strings ship, so the root (and its table) is in English.
    expect(screen.getByRole('table', { name: 'ML Engineer at Junior' })).toBeInTheDocument();
    const description = screen.getByText('Rédige des fiches.');
    expect(description).toHaveAttribute('lang', 'fr');
    expect(description.closest('[lang]:not([data-slot="description"])')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('names levels and roles as the ladder does: a translated name wins over the locale’s label', () => {
    const french = smallLadder({
      id: 'fiches',
      name: 'Fiches',
      domain: 'Engineering',
      group: 'Docs',
      translations: {
        fr: {
          name: 'Fiches techniques',
          levels: { junior: 'Débutant', middle: 'Confirmé' },
          roles: { 'ml-engineer': 'Ingénieur ML' },
        },
      },
    });
    render(<RoleProfile catalog={createMemoryCatalog([french])} locale="fr" />);
    expect(
      screen.getByRole('rowheader', { name: 'Fiches techniques' }).firstElementChild,
    ).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('option', { name: 'Débutant' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('option', { name: 'Senior' })).not.toHaveAttribute('lang');
    const caption = screen.getByRole('table', { name: 'Ingénieur ML at Débutant' });
    expect([...caption.querySelectorAll('caption [lang]')].map((el) => el.textContent)).toEqual([
      'Ingénieur ML',
      'Débutant',
    ]);
    expect(screen.getByRole('heading', { name: 'To reach Confirmé' })).toBeInTheDocument();
  });

  it('names levels in Chinese from the catalog’s translation, over the locale’s label', () => {
    const zh = smallLadder({
      id: 'zh-skill',
      name: 'Skill',
      domain: 'Engineering',
      group: 'Docs',
      translations: { 'zh-CN': { levels: { junior: '新手' } } },
    });
    const host = { levels: { middle: '中坚' } };
    render(<RoleProfile catalog={createMemoryCatalog([zh])} locale="zh-CN" messages={host} />);
    const options = screen.getAllByRole('option', { hidden: true }).map((o) => o.textContent);
    // Translation for junior, host override for middle, the locale's label for senior.
    expect(options).toContain('新手');
    expect(options).toContain('中坚');
    expect(options).toContain('高级');
  });

  it('keeps the role and level in the query string with syncWithUrl', async () => {
    const user = userEvent.setup();
    const startUrl = window.location.href;
    window.history.replaceState(null, '', '?level=senior&career-role=recruiter&tab=keep');
    try {
      render(<RoleProfile catalog={controllableCatalog(catalogLadders).catalog} syncWithUrl />);
      await vi.waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('recruiter'),
      );
      expect(screen.getByRole('combobox', { name: 'Your current level' })).toHaveValue('senior');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Data Scientist');
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Your current level' }),
        'Junior',
      );
      expect(window.location.search).toBe('?level=junior&career-role=data-scientist&tab=keep');
    } finally {
      window.history.replaceState(null, '', startUrl);
    }
  });
});
