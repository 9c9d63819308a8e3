import '@skill-ladder/react/styles.css';
import { mlPipelines, type Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { overflowingElements } from './layout';
import { generatedLadder, worldScriptsLadder } from '../../stories/fixtures/ladders';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '<svg onload="window.__pwned=4"></svg>',
];

// Every text field of the ladder carries markup or a script URL.
const hostile: Ladder = {
  ...mlPipelines,
  name: payloads[0] as string,
  domain: payloads[1] as string,
  group: payloads[2] as string,
  keywords: payloads,
  levels: mlPipelines.levels.map((level, i) => ({ ...level, name: `${payloads[i % 4]} ${i}` })),
  roles: mlPipelines.roles.map((role, i) => ({ ...role, name: `${payloads[(i + 1) % 4]} #${i}` })),
  cells: mlPipelines.cells.map((cell, i) => ({ ...cell, description: payloads[i % 4] as string })),
};

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('hostile and odd data in Chromium', () => {
  it('shows markup and script URLs in every field as text, and runs none of them', async () => {
    const user = userEvent.setup();
    const { container } = render(<SkillLadder ladder={hostile} defaultLevel="middle" />);
    await user.click(screen.getByRole('button', { name: `${payloads[2]} #1` }));
    // Open a description: the first cell of the grid is its tab stop.
    const cell = screen.getAllByRole('gridcell')[0] as HTMLElement;
    cell.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(payloads[0] as string);
    expect(cell).toHaveAccessibleDescription(payloads[0] as string);
    expect(
      container.querySelectorAll('img, script, svg:not([data-slot="tooltip-arrow"]), a[href]'),
    ).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(payloads[0] as string);
    expect(within(screen.getByRole('navigation')).getByText(payloads[1] as string)).toBeVisible();
    expect(screen.getAllByText(payloads[3] as string).length).toBeGreaterThan(3);
    // Nothing that could have run did: no element, no flag.
    expect(window.__pwned).toBeUndefined();
  });

  const odd: [string, Ladder][] = [
    [
      'a 1 MB description',
      {
        ...mlPipelines,
        cells: mlPipelines.cells.map((c, i) =>
          i === 6 ? { ...c, description: 'Designs pipelines end to end. '.repeat(35_000) } : c,
        ),
      },
    ],
    ['200 roles × 12 levels', generatedLadder(200, 12)],
    [
      'no keywords and no required cell',
      {
        ...mlPipelines,
        keywords: [],
        cells: mlPipelines.cells.map((c) => ({ ...c, requirement: 'optional' })),
      },
    ],
    ['right-to-left, CJK and emoji text', worldScriptsLadder],
  ];

  it.each(odd)(
    'renders %s without a crash or overflow at 320px and 1440px',
    async (_name, ladder) => {
      for (const width of [320, 1440]) {
        await page.viewport(width, 900);
        const { container, unmount } = render(<SkillLadder ladder={ladder} />);
        expect(screen.queryByRole('alert')).toBeNull();
        expect(screen.getByRole('tablist')).toBeVisible();
        expect(overflowingElements(container.firstElementChild as Element)).toEqual([]);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
        unmount();
      }
    },
    // 200 × 12 is 2,400 cells, rendered twice in StrictMode by a development build of React.
    120_000,
  );
});
