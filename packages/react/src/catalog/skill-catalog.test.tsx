import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogLadders, smallLadder } from '../../../../test/catalog-ladders.js';
import { controllableCatalog } from '../../../../test/controllable-catalog.js';
import { SkillCatalog } from './skill-catalog.js';

const catalog = createMemoryCatalog(catalogLadders);
describe('SkillCatalog', () => {
  it('lists every skill under its domain and group, and says how many', () => {
    render(<SkillCatalog catalog={catalog} getSkillHref={(skill) => `/skills/${skill.id}`} />);
    expect(screen.getByRole('status')).toHaveTextContent('4 skills found');
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])).toEqual([
      ['H2', 'Machine Learning'],
      ['H3', 'MLOps'],
      ['H3', 'Data for ML'],
      ['H2', 'People'],
      ['H3', 'Hiring'],
    ]);
    const mlops = screen.getByRole('heading', { name: 'MLOps' }).parentElement as HTMLElement;
    expect(
      within(mlops)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['ML Pipelines', 'Model Monitoring']);
    expect(screen.getByRole('link', { name: 'Feature Stores' })).toHaveAttribute(
      'href',
      '/skills/feature-stores',
    );
  });

  it.each([
    ['resume', ['Résumé screening']],
    ['RÉSUMÉ', ['Résumé screening']],
    ['kubeflow', ['ML Pipelines']],
    ['mlops', ['ML Pipelines', 'Model Monitoring']],
    ['recruiter', ['Résumé screening']],
  ])(
    'finds %j by name, keyword, group or role, whatever the case and accents',
    async (query, names) => {
      const user = userEvent.setup();
      render(<SkillCatalog catalog={catalog} getSkillHref={(skill) => `#${skill.id}`} />);
      await user.type(screen.getByRole('searchbox', { name: 'Search skills' }), query);
      await vi.waitFor(() =>
        expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(names),
      );
      expect(screen.getByRole('status')).toHaveTextContent(
        names.length === 1 ? 'One skill found' : `${names.length} skills found`,
      );
    },
  );

  it('marks texts by the interface’s language: French content in an English interface', () => {
    const french = smallLadder({
      id: 'fiches',
      name: 'Fiches',
      domain: 'Engineering',
      group: 'Docs',
      translations: {
        fr: {
          name: 'Fiches techniques',
          domain: 'Ingénierie',
          roles: { 'ml-engineer': 'Ingénieur ML' },
        },
      },
    });
    const english = smallLadder({ id: 'plain', name: 'Plain', domain: 'Other', group: 'Misc' });
    render(
      <SkillCatalog
        catalog={createMemoryCatalog([french, english])}
        locale="fr"
        onSkillSelect={() => {}}
      />,
    );
    // No French interface strings ship: the root is in English.
    expect(screen.getByRole('searchbox', { name: 'Search skills' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fiches techniques' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('heading', { name: 'Ingénierie' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('option', { name: 'Ingénieur ML' })).toHaveAttribute('lang', 'fr');
    // English fallbacks are in the root's language: unmarked.
    expect(screen.getByRole('heading', { name: 'Docs' })).not.toHaveAttribute('lang');
    expect(screen.getByRole('button', { name: 'Plain' })).not.toHaveAttribute('lang');
    expect(screen.getByRole('heading', { name: 'Other' })).not.toHaveAttribute('lang');
  });

  it('searches Chinese names by substring, in a Chinese page', async () => {
    const user = userEvent.setup();
    render(<SkillCatalog catalog={catalog} locale="zh-CN" onSkillSelect={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('找到 4 个技能');
    await user.type(screen.getByRole('searchbox', { name: '搜索技能' }), '流水');
    await vi.waitFor(() =>
      expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['机器学习流水线']),
    );
    // A name that fell back to English says so, for screen readers.
    await user.clear(screen.getByRole('searchbox'));
    await vi.waitFor(() => expect(screen.getAllByRole('button')).toHaveLength(4));
    expect(screen.getByRole('button', { name: 'Feature Stores' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: '机器学习流水线' })).not.toHaveAttribute('lang');
    expect(screen.getByRole('option', { name: '机器学习工程师' })).toBeInTheDocument();
  });

  it('narrows to one role and tells its host', async () => {
    const user = userEvent.setup();
    const onCareerRoleChange = vi.fn();
    render(
      <SkillCatalog
        catalog={catalog}
        onCareerRoleChange={onCareerRoleChange}
        getSkillHref={(skill) => `#${skill.id}`}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Role' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All roles', 'ML Engineer', 'Data Scientist', 'Recruiter']);
    await user.selectOptions(select, 'Recruiter');
    await vi.waitFor(() =>
      expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Résumé screening',
      ]),
    );
    expect(onCareerRoleChange).toHaveBeenLastCalledWith('recruiter');
    await user.selectOptions(select, 'All roles');
    await vi.waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(4));
    expect(onCareerRoleChange).toHaveBeenLastCalledWith(null);
  });

  it('says plainly when nothing matches', async () => {
    const user = userEvent.setup();
    render(<SkillCatalog catalog={catalog} defaultCareerRole="recruiter" />);
    await user.type(screen.getByRole('searchbox'), 'kubeflow');
    expect(
      await screen.findByText('No skill matches. Try other words, or every role.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No skills found');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('calls back with the skill picked, when the host gives no href', async () => {
    const user = userEvent.setup();
    const onSkillSelect = vi.fn();
    render(<SkillCatalog catalog={catalog} onSkillSelect={onSkillSelect} />);
    expect(screen.queryByRole('link')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Model Monitoring' }));
    expect(onSkillSelect).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'model-monitoring', name: 'Model Monitoring' }),
    );
  });

  it('shows the loading index, then an error with Retry, then the skills', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders, { indexLoaded: false });
    const { container } = render(<SkillCatalog catalog={fake.catalog} />);
    expect(container.querySelector('[aria-busy="true"]')).toHaveTextContent('Loading…');
    await vi.waitFor(() => expect(fake.pending()).toEqual(['index.json']));
    act(() => fake.fail('index.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The catalog cannot be shown');
    expect(alert).toHaveTextContent('HTTP status 404');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // Focus stays in the widget: the loading panel takes it from the leaving button...
    expect(container.querySelector('[aria-busy="true"]')).toHaveFocus();
    await vi.waitFor(() => expect(fake.pending()).toEqual(['index.json']));
    act(() => fake.resolve('index.json'));
    expect(await screen.findByRole('status')).toHaveTextContent('4 skills found');
    // ...and the catalog's root takes it from the leaving panel.
    await vi.waitFor(() => expect(container.firstElementChild).toHaveFocus());
  });
});
