import type { Catalog } from '@skill-ladder/core/catalog';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogLadders } from '../../../test/catalog-ladders.js';
import { controllableCatalog } from '../../../test/controllable-catalog.js';
import { SkillLadder } from './skill-ladder.js';

const title = () => screen.queryByRole('heading', { level: 2 })?.textContent;
const busy = (container: HTMLElement) => container.querySelector('[aria-busy="true"]');

describe('SkillLadder over a catalog', () => {
  it('keeps the room of the ladder while it loads, then shows it', async () => {
    const fake = controllableCatalog(catalogLadders);
    const { container } = render(<SkillLadder catalog={fake.catalog} skill="feature-stores" />);
    expect(busy(container)).toHaveTextContent('Loading…');
    expect(busy(container)).toHaveAttribute('data-slot', 'loading');
    await vi.waitFor(() => expect(fake.pending()).toEqual(['feature-stores']));
    act(() => fake.resolve('feature-stores'));
    await vi.waitFor(() => expect(title()).toBe('Feature Stores'));
    expect(busy(container)).toBeNull();
    expect(screen.getByRole('tab', { name: 'Junior', selected: true })).toBeInTheDocument();
  });

  it('shows a failed load with Retry, and the ladder after a retry', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders);
    render(<SkillLadder catalog={fake.catalog} skill="model-monitoring" locale="zh-CN" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.fail('model-monitoring', 503));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error', 'http-status');
    expect(alert).toHaveTextContent('无法显示此技能阶梯');
    expect(alert).toHaveTextContent('503');
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.resolve('model-monitoring'));
    await vi.waitFor(() => expect(title()).toBe('Model Monitoring'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps focus in the ladder through Retry: loading, a new failure, then the ladder', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders);
    const { container } = render(<SkillLadder catalog={fake.catalog} skill="model-monitoring" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.fail('model-monitoring', 503));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(busy(container)).toHaveFocus();
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.fail('model-monitoring', 503));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.resolve('model-monitoring'));
    await vi.waitFor(() => expect(title()).toBe('Model Monitoring'));
    const root = container.querySelector('[data-slot="root"]');
    await vi.waitFor(() => expect(root).toHaveFocus());
    // Focusable only while it holds the focus it was handed.
    await user.tab();
    expect(root).not.toHaveAttribute('tabindex');
  });

  it('does not take focus back once the user moved it during the load', async () => {
    const user = userEvent.setup();
    const fake = controllableCatalog(catalogLadders);
    render(
      <>
        <button type="button">Elsewhere</button>
        <SkillLadder catalog={fake.catalog} skill="model-monitoring" />
      </>,
    );
    await vi.waitFor(() => expect(fake.pending()).toEqual(['model-monitoring']));
    act(() => fake.fail('model-monitoring', 503));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    act(() => fake.resolve('model-monitoring'));
    await vi.waitFor(() => expect(title()).toBe('Model Monitoring'));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('loads from the catalog and ignores a ladder prop: the catalog wins, as documented', () => {
    const [, other] = catalogLadders;
    render(
      <SkillLadder
        catalog={createMemoryCatalog(catalogLadders)}
        skill="model-monitoring"
        ladder={other}
      />,
    );
    expect(title()).toBe('Model Monitoring');
  });

  it('aborts the load of a skill that is no longer asked for', async () => {
    const fake = controllableCatalog(catalogLadders);
    const { rerender } = render(<SkillLadder catalog={fake.catalog} skill="ml-pipelines" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['ml-pipelines']));
    rerender(<SkillLadder catalog={fake.catalog} skill="feature-stores" />);
    await vi.waitFor(() => expect(fake.pending()).toEqual(['feature-stores']));
    expect(fake.stats.aborted).toContain('ml-pipelines');
    act(() => fake.resolve('feature-stores'));
    await vi.waitFor(() => expect(title()).toBe('Feature Stores'));
  });

  // A catalog that cannot abort (its loads are shared, say) still never shows a stale ladder.
  it.each([
    ['the old one first', ['model-monitoring', 'feature-stores']],
    ['the new one first', ['feature-stores', 'model-monitoring']],
  ])('shows only the skill asked for last when loads return out of order: %s', async (_, order) => {
    const fake = controllableCatalog(catalogLadders);
    const deaf: Catalog = { ...fake.catalog, loadLadder: (id) => fake.catalog.loadLadder(id) };
    const seen = new Set<string>();
    const { container, rerender } = render(<SkillLadder catalog={deaf} skill="model-monitoring" />);
    const observer = new MutationObserver(() => {
      const shown = title();
      if (shown) seen.add(shown);
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    rerender(<SkillLadder catalog={deaf} skill="feature-stores" />);
    await vi.waitFor(() => expect(new Set(fake.pending())).toEqual(new Set(order)));
    // Each awaited, so that the observer sees what each one rendered.
    await act(async () => fake.resolve(order[0] as string));
    await act(async () => fake.resolve(order[1] as string));
    await vi.waitFor(() => expect(title()).toBe('Feature Stores'));
    observer.disconnect();
    expect([...seen]).toEqual(['Feature Stores']);
  });

  it('shows a ladder the catalog already has in the first render, with no loading state', () => {
    const catalog = createMemoryCatalog(catalogLadders);
    const { container } = render(<SkillLadder catalog={catalog} skill="resume-screening" />);
    expect(title()).toBe('Résumé screening');
    expect(busy(container)).toBeNull();
  });

  it('says which skills there are for an unknown id', async () => {
    render(<SkillLadder catalog={createMemoryCatalog(catalogLadders)} skill="nope" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no skill "nope" in this catalog.',
    );
  });

  describe('with syncWithUrl', () => {
    const startUrl = window.location.href;
    afterEach(() => window.history.replaceState(null, '', startUrl));

    it('puts the skill in the query string beside the level and career role', async () => {
      const user = userEvent.setup();
      window.history.replaceState(null, '', '?tab=keep');
      const catalog = createMemoryCatalog(catalogLadders);
      const { rerender } = render(
        <SkillLadder catalog={catalog} skill="model-monitoring" syncWithUrl />,
      );
      await user.click(screen.getByRole('tab', { name: 'Senior' }));
      await vi.waitFor(() =>
        expect(window.location.search).toBe('?tab=keep&skill=model-monitoring&level=senior'),
      );
      rerender(<SkillLadder catalog={catalog} skill="feature-stores" syncWithUrl />);
      await vi.waitFor(() =>
        expect(new URLSearchParams(window.location.search).get('skill')).toBe('feature-stores'),
      );
    });
  });
});
