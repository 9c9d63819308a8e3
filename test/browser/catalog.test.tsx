import '@skill-ladder/react/styles.css';
import '@skill-ladder/react/catalog.css';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { SkillLadder } from '@skill-ladder/react';
import { RoleProfile, SkillCatalog } from '@skill-ladder/react/catalog';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { catalogLadders } from '../catalog-ladders';
import { controllableCatalog } from '../controllable-catalog';
import { arabicMessages } from '../../stories/fixtures/arabic-messages';
import { axeViolations } from './axe';

const catalog = createMemoryCatalog(catalogLadders);

describe('the catalog parts in Chromium', () => {
  it('are used by keyboard alone: search, filter, open a skill', async () => {
    const user = userEvent.setup();
    const onSkillSelect = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <SkillCatalog catalog={catalog} onSkillSelect={onSkillSelect} />
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search skills' })).toHaveFocus();
    await user.keyboard('ml');
    await user.tab();
    const role = screen.getByRole('combobox', { name: 'Role' });
    expect(role).toHaveFocus();
    await user.selectOptions(role, 'Data Scientist');
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 skills found'));
    await user.tab();
    expect(screen.getByRole('button', { name: 'ML Pipelines' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Feature Stores' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSkillSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'feature-stores' }));
  });

  it.each(['light', 'dark'] as const)(
    'have no axe violations when loaded, in the %s scheme',
    async (theme) => {
      const { container } = render(
        <main>
          <SkillCatalog catalog={catalog} theme={theme} getSkillHref={(s) => `#${s.id}`} />
          <RoleProfile catalog={catalog} theme={theme} defaultCareerRole="ml-engineer" />
          <SkillLadder catalog={catalog} skill="feature-stores" theme={theme} />
        </main>,
      );
      await vi.waitFor(() =>
        expect(screen.getAllByRole('status')[1]).toHaveTextContent('Loaded 4 of 4 skills'),
      );
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('have no axe violations while loading, when empty and when a load failed', async () => {
    const fake = controllableCatalog(catalogLadders, { indexLoaded: false });
    const { container } = render(
      <main>
        <SkillCatalog catalog={fake.catalog} />
        <SkillCatalog catalog={catalog} defaultQuery="nothing like it" />
        <RoleProfile catalog={fake.catalog} theme="dark" />
        <SkillLadder catalog={fake.catalog} skill="feature-stores" />
        <SkillLadder catalog={fake.catalog} skill="model-monitoring" theme="dark" />
      </main>,
    );
    expect(screen.getByText('No skill matches. Try other words, or every role.')).toBeVisible();
    await vi.waitFor(() => expect(fake.pending()).toContain('model-monitoring'));
    expect(await axeViolations(container)).toEqual([]);
    act(() => fake.fail('model-monitoring'));
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP status 404');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keep focus inside through Retry, by keyboard: loading panel, then the part', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders, { indexLoaded: false });
    const { container } = render(
      <>
        <SkillLadder catalog={fake.catalog} skill="feature-stores" />
        <SkillCatalog catalog={fake.catalog} />
      </>,
    );
    await vi.waitFor(() => expect(fake.pending()).toEqual(['feature-stores', 'index.json']));
    act(() => {
      fake.fail('feature-stores');
      fake.fail('index.json');
    });
    // The ladder's error panel loads lazily: wait for both buttons, in document order.
    await vi.waitFor(
      () => expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(2),
      { timeout: 30_000 },
    );
    const [ladderRetry, catalogRetry] = screen.getAllByRole('button', { name: 'Try again' });
    const [ladderRoot, catalogRoot] = [...container.children] as HTMLElement[];

    ladderRetry?.focus();
    await user.keyboard('{Enter}');
    expect(ladderRoot?.querySelector('[aria-busy="true"]')).toHaveFocus();
    await vi.waitFor(() => expect(fake.pending()).toEqual(['feature-stores']));
    act(() => fake.resolve('feature-stores'));
    await vi.waitFor(() => expect(ladderRoot).toHaveFocus());
    // From there, Tab goes on into the ladder.
    await user.tab();
    expect(ladderRoot?.contains(document.activeElement)).toBe(true);

    catalogRetry?.focus();
    await user.keyboard(' ');
    expect(catalogRoot?.querySelector('[aria-busy="true"]')).toHaveFocus();
    await vi.waitFor(() => expect(fake.pending()).toEqual(['index.json']));
    act(() => fake.resolve('index.json'));
    await vi.waitFor(() => expect(catalogRoot).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search skills' })).toHaveFocus();
  });

  it('lay out right to left with dir="rtl": the search first on the right, the table mirrored', async () => {
    const arabic = { locale: 'ar', messages: arabicMessages, dir: 'rtl' } as const;
    // Wide enough for the search and the filter to share a row.
    await page.viewport(1280, 800);
    const { container } = render(
      <main>
        <SkillCatalog catalog={catalog} {...arabic} />
        <RoleProfile catalog={catalog} defaultCareerRole="ml-engineer" {...arabic} />
      </main>,
    );
    const search = screen.getByRole('searchbox', { name: 'ابحث في المهارات' });
    const [filter] = screen.getAllByRole('combobox', { name: 'الدور' });
    expect(search.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      (filter as HTMLElement).getBoundingClientRect().right,
    );
    const row = screen.getByRole('rowheader', { name: 'ML Pipelines' });
    const description = row.parentElement?.lastElementChild as HTMLElement;
    expect(row.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      description.getBoundingClientRect().right,
    );
    expect(await axeViolations(container)).toEqual([]);
    await page.viewport(414, 896);
  });

  it('keeps the loading state as tall as the host asks', async () => {
    const fake = controllableCatalog(catalogLadders);
    const { container } = render(
      <SkillLadder
        catalog={fake.catalog}
        skill="feature-stores"
        style={{ ['--sl-loading-min-height' as string]: '600px' }}
      />,
    );
    const loading = container.querySelector('[aria-busy="true"]') as HTMLElement;
    expect(loading.getBoundingClientRect().height).toBeGreaterThanOrEqual(600);
  });
});
