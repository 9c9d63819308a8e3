// The floor of the benchmark: the markup SkillLadder renders (same elements, attributes and
// classes), built with plain DOM calls and the same core views, with no framework and no
// behaviour beyond switching level. Written for the benchmark only; it is not shipped.
import {
  createTranslator,
  levelRows,
  nextLevel,
  promotionGap,
  summarize,
  type Ladder,
  type LadderCell,
} from '@skill-ladder/core';

const t = createTranslator('en');
let ids = 0;

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | false> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const badge = (cell: LadderCell) =>
  el(
    'span',
    {
      'data-slot': 'requirement-badge',
      'data-requirement': cell.requirement,
      class: `sl-badge sl-badge--${cell.requirement}`,
    },
    el(
      'span',
      { 'aria-hidden': 'true', 'data-slot': 'requirement-icon' },
      cell.requirement === 'required' ? '●' : '○',
    ),
    ` ${t.message(`requirement.${cell.requirement}`)}`,
  );

function summary(ladder: Ladder): HTMLElement {
  const counts = summarize(ladder);
  const titleId = `v${(ids += 1)}`;
  const stat = (name: string, label: string, value: number, hint: string) =>
    el(
      'div',
      { 'data-slot': 'stat', 'data-stat': name },
      el('dt', {}, label),
      el('dd', { 'data-slot': 'stat-value' }, t.number(value)),
      el('dd', { 'data-slot': 'stat-hint' }, hint),
    );
  return el(
    'section',
    { 'aria-labelledby': titleId, 'data-slot': 'summary', class: 'sl-summary' },
    el(
      'div',
      { 'data-slot': 'summary-header' },
      el(
        'nav',
        { 'aria-label': t.message('summary.breadcrumb'), 'data-slot': 'breadcrumb' },
        el(
          'ol',
          {},
          el('li', { dir: 'auto' }, ladder.domain),
          el('li', { dir: 'auto' }, ladder.group),
        ),
      ),
      el(
        'p',
        { 'data-slot': 'updated' },
        el(
          'time',
          { datetime: ladder.updated },
          t.message('summary.updated', { date: t.date(ladder.updated) }),
        ),
      ),
    ),
    el('h2', { id: titleId, 'data-slot': 'title', dir: 'auto' }, ladder.name),
    el(
      'ul',
      { 'aria-label': t.message('summary.keywords'), 'data-slot': 'keywords' },
      ...ladder.keywords.map((keyword) => el('li', { dir: 'auto' }, keyword)),
    ),
    el(
      'dl',
      { 'data-slot': 'stats' },
      stat('roles', t.message('summary.roles'), counts.roles, t.message('summary.rolesHint')),
      stat('levels', t.message('summary.levels'), counts.levels, t.message('summary.levelsHint')),
      stat(
        'required',
        t.message('summary.required'),
        counts.required,
        t.message('summary.optionalRest', { count: counts.optional }),
      ),
    ),
  );
}

function promotion(ladder: Ladder, level: string): HTMLElement {
  const current = ladder.levels.find((l) => l.id === level) ?? ladder.levels[0]!;
  const next = nextLevel(ladder, level);
  const titleId = `v${(ids += 1)}`;
  const cards = ladder.roles.map((role) => {
    const gap = promotionGap(ladder, role.id, level);
    const shown = gap.next ?? gap.current;
    const cardId = `v${(ids += 1)}`;
    return el(
      'li',
      {},
      el(
        'article',
        {
          'aria-labelledby': cardId,
          'data-slot': 'promotion-card',
          'data-change': gap.change,
          'data-requirement': shown.requirement,
          class: 'sl-card',
        },
        el('h4', { id: cardId, 'data-slot': 'card-title', dir: 'auto' }, t.role(role)),
        el(
          'p',
          { 'data-slot': 'card-meta' },
          badge(shown),
          el(
            'span',
            { 'data-slot': 'card-change', 'data-change': gap.change },
            t.message(`change.${gap.change}`),
          ),
        ),
        el('p', { 'data-slot': 'card-description', dir: 'auto' }, shown.description),
      ),
    );
  });
  return el(
    'section',
    {
      'aria-labelledby': titleId,
      'data-slot': 'promotion',
      'data-state': next ? 'next' : 'top',
      class: 'sl-promotion',
    },
    el(
      'h3',
      { id: titleId, 'data-slot': 'section-title' },
      next
        ? t.message('promotion.heading', { level: t.level(next) })
        : t.message('promotion.topHeading', { level: t.level(current) }),
    ),
    ...(next
      ? []
      : [
          el(
            'p',
            { 'data-slot': 'section-note' },
            t.message('promotion.topNote', { level: t.level(current) }),
          ),
        ]),
    el('ul', { 'data-slot': 'card-list' }, ...cards),
  );
}

function comparison(ladder: Ladder, level: string): HTMLElement {
  const current = ladder.levels.find((l) => l.id === level) ?? ladder.levels[0]!;
  const base = `v${(ids += 1)}`;
  const rows = levelRows(ladder, level).flatMap((cell, i) => {
    const role = ladder.roles.find((r) => r.id === cell.role)!;
    return [
      el(
        'tr',
        {
          'data-slot': 'comparison-row',
          'data-state': 'closed',
          'data-requirement': cell.requirement,
        },
        el(
          'th',
          { scope: 'row' },
          el(
            'button',
            {
              type: 'button',
              'aria-expanded': 'false',
              'aria-controls': `${base}-details-${i}`,
              'data-slot': 'row-toggle',
            },
            el('span', { 'aria-hidden': 'true', 'data-slot': 'row-toggle-icon' }, '▸'),
            ` ${t.role(role)}`,
          ),
        ),
        el('td', {}, badge(cell)),
        el('td', { 'data-slot': 'description', dir: 'auto' }, cell.description),
      ),
      el(
        'tr',
        {
          id: `${base}-details-${i}`,
          hidden: '',
          'data-slot': 'comparison-details',
          'data-state': 'closed',
        },
        el('td', { colspan: '3' }),
      ),
    ];
  });
  return el(
    'div',
    { 'data-slot': 'comparison', class: 'sl-comparison' },
    el(
      'table',
      { class: 'sl-table' },
      el(
        'caption',
        { 'data-slot': 'section-title' },
        t.message('table.caption', { level: t.level(current) }),
      ),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, t.message('table.role')),
          el('th', { scope: 'col' }, t.message('table.requirement')),
          el('th', { scope: 'col' }, t.message('table.description')),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
}

function matrix(ladder: Ladder, level: string): HTMLElement {
  const titleId = `v${(ids += 1)}`;
  const first = ladder.levels[0]!;
  const last = ladder.levels[ladder.levels.length - 1]!;
  const byLevel = new Map(ladder.levels.map((l) => [l.id, levelRows(ladder, l.id)]));
  const selected = (id: string) => (id === level ? 'selected' : false);
  return el(
    'div',
    { 'data-slot': 'matrix', class: 'sl-matrix' },
    el(
      'h3',
      { id: titleId, 'data-slot': 'section-title' },
      t.message('matrix.caption', { first: t.level(first), last: t.level(last) }),
    ),
    el(
      'div',
      { 'data-slot': 'matrix-scroll' },
      el(
        'table',
        { 'aria-labelledby': titleId, class: 'sl-table sl-table--matrix' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, t.message('matrix.role')),
            ...ladder.levels.map((l) =>
              el(
                'th',
                { scope: 'col', 'data-level': l.id, 'data-state': selected(l.id) },
                t.level(l),
              ),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          ...ladder.roles.map((role) =>
            el(
              'tr',
              { 'data-slot': 'matrix-row' },
              el('th', { scope: 'row', dir: 'auto' }, t.role(role)),
              ...ladder.levels.map((l) => {
                const cell = byLevel.get(l.id)!.find((c) => c.role === role.id)!;
                const label = t.message('matrix.cell', {
                  role: t.role(role),
                  level: t.level(l),
                  requirement: t.message(`requirement.${cell.requirement}`),
                });
                return el(
                  'td',
                  {
                    'data-slot': 'matrix-cell',
                    'data-requirement': cell.requirement,
                    'data-level': l.id,
                    'data-state': selected(l.id),
                  },
                  el(
                    'button',
                    {
                      type: 'button',
                      'aria-label': label,
                      'data-slot': 'matrix-cell-button',
                      class: 'sl-matrix-cell',
                    },
                    badge(cell),
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Renders the whole ladder into `container`; clicking a tab switches level. */
export function renderVanillaLadder(container: HTMLElement, ladder: Ladder): void {
  let level = ladder.levels[0]?.id ?? '';
  const base = `v${(ids += 1)}`;
  const tabs = ladder.levels.map((l) =>
    el(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(l.id === level),
        'aria-controls': l.id === level ? `${base}-panel` : false,
        'data-state': l.id === level ? 'active' : 'inactive',
        id: `${base}-tab-${l.id}`,
        'data-slot': 'level-tab',
        'data-level': l.id,
        class: 'sl-tab',
        tabindex: l.id === level ? '0' : '-1',
      },
      t.level(l),
    ),
  );
  const selectId = `v${(ids += 1)}`;
  const panel = el('div', {
    role: 'tabpanel',
    id: `${base}-panel`,
    'aria-labelledby': `${base}-tab-${level}`,
    tabindex: '0',
    'data-state': 'active',
    'data-slot': 'level-panel',
    class: 'sl-tab-panel',
  });
  panel.append(promotion(ladder, level), comparison(ladder, level));
  const table = matrix(ladder, level);

  const select = (next: string) => {
    level = next;
    for (const tab of tabs) {
      const on = tab.dataset.level === level;
      tab.setAttribute('aria-selected', String(on));
      tab.setAttribute('data-state', on ? 'active' : 'inactive');
      tab.setAttribute('tabindex', on ? '0' : '-1');
      if (on) tab.setAttribute('aria-controls', `${base}-panel`);
      else tab.removeAttribute('aria-controls');
    }
    panel.setAttribute('aria-labelledby', `${base}-tab-${level}`);
    panel.replaceChildren(promotion(ladder, level), comparison(ladder, level));
    for (const marked of table.querySelectorAll<HTMLElement>('[data-level]')) {
      marked.toggleAttribute('data-state', false);
      if (marked.dataset.level === level) marked.setAttribute('data-state', 'selected');
    }
  };
  for (const tab of tabs) tab.addEventListener('click', () => select(tab.dataset.level ?? level));

  container.replaceChildren(
    el(
      'div',
      {
        'data-slot': 'root',
        'data-size': 'md',
        'data-density': 'comfortable',
        lang: 'en',
        class: 'sl-root sl-size-md sl-density-comfortable',
      },
      summary(ladder),
      el('p', { 'data-slot': 'how-to' }, t.message('howTo')),
      el(
        'div',
        {
          dir: 'ltr',
          'data-orientation': 'horizontal',
          'data-slot': 'level-selector',
          class: 'sl-level-selector',
        },
        el(
          'div',
          { 'data-slot': 'level-toolbar' },
          el(
            'div',
            {
              role: 'tablist',
              'aria-orientation': 'horizontal',
              'aria-label': t.message('levelSelector.label'),
              'data-slot': 'level-tabs',
              class: 'sl-tabs',
            },
            ...tabs,
          ),
          el(
            'div',
            { 'data-slot': 'role-select', 'data-state': 'all', class: 'sl-role-select' },
            el('label', { for: selectId }, t.message('roleFilter.label')),
            el(
              'select',
              { id: selectId },
              el('option', { value: '' }, t.message('roleFilter.all')),
              ...ladder.roles.map((role) => el('option', { value: role.id }, t.role(role))),
            ),
          ),
        ),
        panel,
      ),
      table,
    ),
  );
}
