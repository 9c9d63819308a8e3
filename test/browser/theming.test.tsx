import '@skill-ladder/react/styles.css';
import stylesSource from '@skill-ladder/react/styles.css?inline';
import { LadderRoot, SkillLadder } from '@skill-ladder/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bootstrapLikeReboot,
  tailwindLikePreflight,
} from '../../stories/fixtures/host-stylesheets';
import { overflowingElements } from './layout';

const added: HTMLStyleElement[] = [];

/** A page stylesheet for the length of one test. */
function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
  return style;
}

afterEach(() => {
  for (const style of added.splice(0)) style.remove();
});

const style = (el: Element | null | undefined) => getComputedStyle(el as Element);
const rootOf = (container: HTMLElement) =>
  container.querySelector('[data-slot="root"]') as HTMLElement;
const selectedTab = () => screen.getByRole('tab', { selected: true });

describe('tokens reach the widget wherever they are set', () => {
  it('from :root', () => {
    addStyle(':root { --sl-color-accent: rgb(1, 2, 3); --sl-radius: 9px; }');
    const { container } = render(<SkillLadder skill="ml-pipelines" />);
    expect(style(selectedTab()).color).toBe('rgb(1, 2, 3)');
    expect(style(container.querySelector('[data-slot="stat"]')).borderTopLeftRadius).toBe('9px');
  });

  it('from a theme wrapper, over :root', () => {
    addStyle(
      ':root { --sl-color-accent: rgb(1, 2, 3); } .wrap { --sl-color-accent: rgb(4, 5, 6); }',
    );
    render(
      <div className="wrap">
        <SkillLadder skill="ml-pipelines" />
      </div>,
    );
    expect(style(selectedTab()).color).toBe('rgb(4, 5, 6)');
  });

  it('from the root’s className, over a wrapper', () => {
    addStyle(
      '.wrap { --sl-color-accent: rgb(4, 5, 6); } .mine { --sl-color-accent: rgb(7, 8, 9); }',
    );
    const { container } = render(
      <div className="wrap">
        <SkillLadder skill="ml-pipelines" className="mine" />
      </div>,
    );
    expect(rootOf(container)).toHaveClass('mine');
    expect(style(selectedTab()).color).toBe('rgb(7, 8, 9)');
  });

  it('from one part, for that part only', () => {
    addStyle(`
      .mine { --sl-color-border: rgb(7, 8, 9); }
      .mine [data-slot='promotion-card'][data-part-under-test] {
        --sl-color-border: rgb(10, 11, 12); --sl-color-bg: rgb(13, 14, 15); --sl-radius: 3px;
      }`);
    const { container } = render(<SkillLadder skill="ml-pipelines" className="mine" />);
    const [first, second] = container.querySelectorAll('[data-slot="promotion-card"]');
    first?.setAttribute('data-part-under-test', '');
    expect(style(first).borderTopColor).toBe('rgb(10, 11, 12)');
    expect(style(first).backgroundColor).toBe('rgb(13, 14, 15)');
    expect(style(first).borderTopLeftRadius).toBe('3px');
    expect(style(second).borderTopColor).toBe('rgb(7, 8, 9)');
    expect(style(second).borderTopLeftRadius).toBe('8px');
  });

  it('keeps light-dark() tokens following the theme', () => {
    addStyle(':root { --sl-color-text: light-dark(rgb(1, 1, 1), rgb(2, 2, 2)); }');
    const light = render(<SkillLadder skill="ml-pipelines" theme="light" />);
    expect(style(rootOf(light.container)).color).toBe('rgb(1, 1, 1)');
    light.unmount();
    const dark = render(<SkillLadder skill="ml-pipelines" theme="dark" />);
    expect(style(rootOf(dark.container)).color).toBe('rgb(2, 2, 2)');
  });

  it('lets size and density scale a font size and a space set by the page', () => {
    addStyle(':root { --sl-font-size: 20px; --sl-space: 10px; }');
    const { container } = render(
      <>
        <LadderRoot size="md" density="comfortable" />
        <LadderRoot size="sm" density="compact" />
        <LadderRoot size="lg" />
      </>,
    );
    const [md, sm, lg] = [...container.querySelectorAll('[data-slot="root"]')].map(style);
    expect([md?.fontSize, sm?.fontSize, lg?.fontSize]).toEqual(['20px', '17.5px', '22.5px']);
    // The root's padding is three spaces.
    expect([md?.paddingTop, sm?.paddingTop]).toEqual(['30px', '18px']);
  });
});

describe.each([
  ['a Tailwind-like preflight', tailwindLikePreflight],
  ['a Bootstrap-like reboot', bootstrapLikeReboot],
])('under %s', (_, hostCss) => {
  it.each(['light', 'dark'] as const)('keeps its titles and caption (%s)', (theme) => {
    const { container } = render(
      <SkillLadder skill="ml-pipelines" defaultLevel="senior" theme={theme} exportable />,
    );
    const root = rootOf(container);
    const title = screen.getByRole('heading', { level: 2, name: 'ML Pipelines' });
    const cardTitles = [...container.querySelectorAll('[data-slot="card-title"]')];
    const table = screen.getByRole('table', { name: 'Expected at Senior' });
    const caption = table.querySelector('caption') as HTMLElement;
    const measure = () => ({
      title: [style(title).fontWeight, style(title).fontSize],
      cards: cardTitles.map((el) => [style(el).fontWeight, style(el).fontSize]),
      caption: [style(caption).fontWeight, style(caption).fontSize, style(caption).color],
    });
    const ours = measure();
    expect(cardTitles.length).toBeGreaterThan(0);

    addStyle(hostCss);
    const hosted = measure();
    expect(hosted).toEqual(ours);
    for (const [weight] of [hosted.title, ...hosted.cards])
      expect(Number(weight)).toBeGreaterThanOrEqual(600);
    expect(style(caption).color).toBe(style(root).color);
    expect(caption.getBoundingClientRect().top).toBeLessThan(
      (table.querySelector('tbody') as HTMLElement).getBoundingClientRect().top,
    );
    expect(overflowingElements(root)).toEqual([]);
  });
});

describe('every token, set to a sentinel', () => {
  const tokens = [
    ...new Set(
      [...stylesSource.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/var\((--sl-[a-z-]+)/g)].map(
        (match) => match[1] as string,
      ),
    ),
  ];
  const sentinelColour = (i: number) => `rgb(${i + 1}, 101, 201)`;
  const FONT = 'sentinel-font';
  /** One distinct value per token: colours, or shadows in a colour, or plain sizes. */
  const sentinels = (radius: string) =>
    tokens.map((token, i): [string, string] => {
      if (token === '--sl-font-family') return [token, FONT];
      if (token === '--sl-font-size') return [token, '17px'];
      if (token === '--sl-line-height') return [token, '1.4'];
      if (token === '--sl-space') return [token, '5px'];
      if (token === '--sl-radius') return [token, radius];
      if (token.endsWith('shadow')) return [token, `0 0 0 ${i + 1}px ${sentinelColour(i)}`];
      return [token, sentinelColour(i)];
    });
  const css = (radius: string) =>
    `.sentinels { ${sentinels(radius)
      .map(([token, value]) => `${token}: ${value};`)
      .join(' ')} }`;
  const tokenOfColour = new Map(tokens.map((token, i) => [sentinelColour(i), token]));

  const describeElement = (el: Element) =>
    `<${el.tagName.toLowerCase()}${[...el.attributes]
      .filter((a) => a.name === 'class' || a.name === 'data-slot')
      .map((a) => ` ${a.name}="${a.value}"`)
      .join('')}>`;
  const colours = (value: string) => value.match(/rgba?\([^)]*\)/g) ?? [];

  it('changes every colour, font and radius the widget draws, tooltip and Export menu included', async () => {
    const sheet = addStyle(css('7px'));
    const user = userEvent.setup();
    const { container } = render(
      <div className="sentinels">
        <SkillLadder skill="ml-pipelines" exportable />
      </div>,
    );
    await user.click(screen.getByText('Export'));
    // The grid's tab stop shows its description when focused.
    (screen.getAllByRole('gridcell')[0] as HTMLElement).focus();
    await screen.findByRole('tooltip');
    const root = rootOf(container);
    await vi.waitFor(() => expect(root.querySelector('[data-slot="export-items"]')).toBeVisible(), {
      timeout: 10_000,
    });

    const elements = [root, ...root.querySelectorAll('*')];
    const wrong: string[] = [];
    const seen = new Set<string>();
    const check = (el: Element, property: string, value: string) => {
      for (const colour of colours(value)) {
        if (colour === 'rgba(0, 0, 0, 0)') continue;
        const token = tokenOfColour.get(colour);
        if (token) seen.add(token);
        else wrong.push(`${describeElement(el)} ${property}: ${value}`);
      }
    };
    const radii = (el: Element) => {
      const s = style(el);
      return [
        s.borderTopLeftRadius,
        s.borderTopRightRadius,
        s.borderBottomRightRadius,
        s.borderBottomLeftRadius,
      ];
    };
    const before = elements.map(radii);

    for (const el of elements) {
      const s = style(el);
      check(el, 'color', s.color);
      check(el, 'background-color', s.backgroundColor);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const drawn =
          s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
          s.getPropertyValue(`border-${side.toLowerCase()}-width`) !== '0px';
        if (drawn) check(el, `border-${side.toLowerCase()}-color`, s[`border${side}Color`]);
      }
      if (s.outlineStyle !== 'none') check(el, 'outline-color', s.outlineColor);
      if (s.boxShadow !== 'none') check(el, 'box-shadow', s.boxShadow);
      if (el instanceof SVGElement) {
        check(el, 'fill', s.fill);
        if (s.stroke !== 'none') check(el, 'stroke', s.stroke);
      }
      if (s.fontFamily !== FONT) wrong.push(`${describeElement(el)} font-family: ${s.fontFamily}`);
    }
    expect(wrong).toEqual([]);
    // The walk did meet the tooltip (its fill and shadow) and the open menu.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        '--sl-tooltip-bg',
        '--sl-tooltip-text',
        '--sl-tooltip-shadow',
        '--sl-menu-shadow',
        '--sl-shadow',
      ]),
    );

    // Radii: every one drawn scales with --sl-radius, so none is written in by hand.
    sheet.textContent = css('11px');
    const after = elements.map(radii);
    const unscaled = elements.flatMap((el, i) =>
      (before[i] ?? []).flatMap((value, corner) => {
        const was = parseFloat(value);
        const now = parseFloat(after[i]?.[corner] ?? '');
        return Math.abs(now - (was * 11) / 7) < 0.01
          ? []
          : [`${describeElement(el)} corner ${corner}: ${value} → ${after[i]?.[corner]}`];
      }),
    );
    expect(unscaled).toEqual([]);
    expect(before.flat().some((value) => parseFloat(value) > 0)).toBe(true);
  });
});
