import { createRegistry, mlPipelines, type Ladder } from '@skill-ladder/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LadderRoot } from './ladder-root.js';
import { LadderSummary } from './ladder-summary.js';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';

const summaryOf = (ladder: Ladder, locale?: string) => (
  <LadderRoot ladder={ladder} locale={locale}>
    <LadderSummary />
  </LadderRoot>
);

const stat = (name: string) => {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.parentElement as HTMLElement;
};

describe('LadderSummary', () => {
  it('shows the breadcrumb, name, keywords, update date and computed counts', () => {
    render(summaryOf(mlPipelines));
    const crumbs = screen.getByRole('navigation', { name: 'Domain and group' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Machine Learning & AI', 'MLOps']);
    expect(screen.getByRole('heading', { level: 2, name: 'ML Pipelines' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Keywords' })).getAllByRole('listitem'),
    ).toHaveLength(5);
    expect(screen.getByText('Updated Mar 17, 2026')).toHaveAttribute('datetime', '2026-03-17');
    expect(stat('Roles')).toHaveTextContent('6');
    expect(stat('Levels')).toHaveTextContent('5');
    expect(stat('Required')).toHaveTextContent('21');
    expect(stat('Required')).toHaveTextContent('the other 9 are optional');
  });

  it('reads well with zero required cells and no keywords', () => {
    const ladder: Ladder = {
      ...mlPipelines,
      keywords: [],
      cells: mlPipelines.cells.map((cell) => ({ ...cell, requirement: 'optional' })),
    };
    render(summaryOf(ladder));
    expect(stat('Required')).toHaveTextContent('0');
    expect(stat('Required')).toHaveTextContent('all 30 are optional');
    expect(screen.queryByRole('list', { name: 'Keywords' })).toBeNull();
  });

  it('reads well with nothing optional, in both languages', () => {
    const ladder: Ladder = {
      ...mlPipelines,
      cells: mlPipelines.cells.map((cell) => ({ ...cell, requirement: 'required' })),
    };
    const { unmount } = render(summaryOf(ladder));
    expect(stat('Required')).toHaveTextContent('none are optional');
    unmount();
    render(summaryOf(ladder, 'zh-CN'));
    expect(stat('必要')).toHaveTextContent('没有可选项');
  });

  it('counts the cells where a role is not expected, and says what the rest are', () => {
    const { unmount } = render(summaryOf(codeReviewSample));
    expect(stat('Not expected')).toHaveTextContent('2');
    expect(stat('Not expected')).toHaveTextContent('cells where a role has no expectation');
    expect(stat('Required')).toHaveTextContent('7');
    expect(stat('Required')).toHaveTextContent('3 of the others are optional');
    unmount();
    render(summaryOf(codeReviewSample, 'zh-CN'));
    expect(stat('不作要求')).toHaveTextContent('角色在该级别没有期望的单元格');
    expect(stat('必要')).toHaveTextContent('其余中有 3 个可选');
  });

  it('shows the translated texts, and marks each one that fell back to English with lang', () => {
    render(summaryOf(codeReviewSample, 'zh-CN'));
    const title = screen.getByRole('heading', { level: 2, name: '代码评审' });
    expect(title).not.toHaveAttribute('lang');
    expect(title.closest('[data-slot="root"]')).toHaveAttribute('lang', 'zh-CN');
    const [domain, group] = within(
      screen.getByRole('navigation', { name: '领域与分组' }),
    ).getAllByRole('listitem');
    expect(domain).toHaveTextContent('软件工程');
    expect(domain).not.toHaveAttribute('lang');
    expect(group).toHaveTextContent('Engineering Practices');
    expect(group).toHaveAttribute('lang', 'en');
  });
});

describe('LadderSummary with alignments', () => {
  const esco = 'http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8';
  const aligned: Ladder = {
    ...mlPipelines,
    alignments: [
      { framework: 'esco', target: esco, name: 'artificial intelligence engineer' },
      { framework: 'onet', target: '15-2051.00' },
      { framework: 'sfia', target: 'https://sfia-online.org/en', name: '<b>SFIA</b>' },
    ],
  };

  it('lists the skill’s alignments as links, under "Aligned with"', () => {
    render(summaryOf(aligned));
    const list = screen.getByRole('list', { name: 'Aligned with' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'ESCO: artificial intelligence engineer',
      'O*NET: 15-2051.00',
      'sfia: <b>SFIA</b>',
    ]);
    // Data is text: the name's markup stays text.
    expect(items[2]!.querySelector('b')).toBeNull();
    expect(items[2]).toHaveAttribute('data-framework', 'sfia');
    const links = within(list).getAllByRole('link');
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
    ).toEqual([
      ['ESCO: artificial intelligence engineer', esco, 'noopener'],
      ['O*NET: 15-2051.00', 'https://www.onetonline.org/link/summary/15-2051.00', 'noopener'],
      ['sfia: <b>SFIA</b>', 'https://sfia-online.org/en', 'noopener'],
    ]);
  });

  it('links only an http(s) target, even in a ladder that skipped parseLadder', () => {
    // A registry's ladders are trusted and not parsed: the summary still never makes a
    // javascript: URL a link.
    const unchecked: Ladder = {
      ...mlPipelines,
      alignments: [{ framework: 'sfia', target: 'javascript:alert(1)' }],
    };
    render(
      <LadderRoot skill="ml-pipelines" registry={createRegistry([unchecked])}>
        <LadderSummary />
      </LadderRoot>,
    );
    const list = screen.getByRole('list', { name: 'Aligned with' });
    expect(list).toHaveTextContent('sfia: javascript:alert(1)');
    expect(within(list).queryByRole('link')).toBeNull();
  });

  it('labels the list in the reader’s language', () => {
    render(summaryOf(aligned, 'zh-CN'));
    expect(screen.getByRole('list', { name: '对标' })).toBeInTheDocument();
  });

  it('shows nothing for a ladder without alignments', () => {
    render(summaryOf({ ...mlPipelines, alignments: [] }));
    expect(screen.queryByText('Aligned with')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
