// The floor of the benchmark: the same markup as SkillLadder, built with plain DOM calls and
// the same core views. Written for the benchmark only; it is not shipped.
import {
  createTranslator,
  levelRows,
  promotionGap,
  summarize,
  type Ladder,
  type LadderCell,
} from '@skill-ladder/core';

const t = createTranslator('en');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const badge = (cell: LadderCell) =>
  el(
    'span',
    { class: `sl-badge sl-badge--${cell.requirement}`, 'data-requirement': cell.requirement },
    cell.requirement === 'required' ? '● ' : '○ ',
    t.t(`requirement.${cell.requirement}`),
  );

function panel(ladder: Ladder, level: string): HTMLElement {
  const current = ladder.levels.find((l) => l.id === level) ?? ladder.levels[0];
  const next = ladder.levels[ladder.levels.indexOf(current!) + 1];
  const cards = ladder.roles.map((role) => {
    const gap = promotionGap(ladder, role.id, level);
    const shown = gap.next ?? gap.current;
    return el(
      'li',
      {},
      el(
        'article',
        { class: 'sl-card', 'data-change': gap.change },
        el('h4', {}, role.name),
        el('p', {}, badge(shown), el('span', {}, t.t(`change.${gap.change}`))),
        el('p', {}, shown.description),
      ),
    );
  });
  const rows = levelRows(ladder, level).map((cell) =>
    el(
      'tr',
      { 'data-requirement': cell.requirement },
      el(
        'th',
        { scope: 'row' },
        el('button', { type: 'button', 'aria-expanded': 'false' }, cell.role),
      ),
      el('td', {}, badge(cell)),
      el('td', {}, cell.description),
    ),
  );
  return el(
    'div',
    { role: 'tabpanel', class: 'sl-tab-panel' },
    el(
      'section',
      { class: 'sl-promotion' },
      el('h3', {}, next ? t.t('promotion.heading', { level: next.name }) : current!.name),
      el('ul', { 'data-slot': 'card-list' }, ...cards),
    ),
    el(
      'table',
      { class: 'sl-table' },
      el('caption', {}, t.t('table.caption', { level: current!.name })),
      el('tbody', {}, ...rows),
    ),
  );
}

/** Renders the whole ladder into `container`; returns a function that switches level. */
export function renderVanillaLadder(container: HTMLElement, ladder: Ladder): void {
  const counts = summarize(ladder);
  let level = ladder.levels[0]?.id ?? '';
  const tabs = ladder.levels.map((l) =>
    el('button', { role: 'tab', type: 'button', class: 'sl-tab', 'data-level': l.id }, l.name),
  );
  let current = panel(ladder, level);
  const matrixRows = ladder.roles.map((role) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, role.name),
      ...ladder.levels.map((l) => {
        const cell = levelRows(ladder, l.id).find((c) => c.role === role.id)!;
        return el(
          'td',
          { 'data-level': l.id },
          el('button', { type: 'button', title: cell.description }, badge(cell)),
        );
      }),
    ),
  );
  const select = (next: string) => {
    level = next;
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.level === level));
    const replacement = panel(ladder, level);
    current.replaceWith(replacement);
    current = replacement;
    for (const td of container.querySelectorAll<HTMLElement>('td[data-level]')) {
      td.toggleAttribute('data-selected', td.dataset.level === level);
    }
  };
  for (const tab of tabs) tab.addEventListener('click', () => select(tab.dataset.level ?? level));
  container.replaceChildren(
    el(
      'div',
      { class: 'sl-root' },
      el(
        'section',
        { class: 'sl-summary' },
        el('h2', {}, ladder.name),
        el(
          'dl',
          {},
          ...[counts.roles, counts.levels, counts.required].map((n) =>
            el('div', {}, el('dt', {}, 'x'), el('dd', {}, String(n))),
          ),
        ),
      ),
      el('div', { role: 'tablist', class: 'sl-tabs' }, ...tabs),
      current,
      el('table', { class: 'sl-table' }, el('tbody', {}, ...matrixRows)),
    ),
  );
}
