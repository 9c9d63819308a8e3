// The floor of the benchmark: the markup SkillLadder renders (same elements, attributes and
// classes; test/browser/floor-markup.test.tsx compares them), built with plain DOM calls and
// the same core views, as a careful vanilla author would write it. A level switch updates in
// place only what changed: the tabs, the panel's label, the cards' and rows' changed parts,
// the caption and the matrix grid's old and new columns (`aria-selected`); the grid's active
// cell and its hidden description do not change on a level switch. Each part is a small
// builder returning `{ node, update(level) }`, so that a change of SkillLadder's markup is a
// change of one part. The grid handles its clicks and keys with one listener each, on the
// table. Written for the benchmark only; it is not shipped.
import {
  cellAt,
  createTranslator,
  levelRows,
  nextLevel,
  promotionGap,
  summarize,
  type Ladder,
  type LadderCell,
  type LadderLevel,
  type LadderRole,
  type PromotionChange,
  type Requirement,
} from '@skill-ladder/core';

const t = createTranslator('en');
let ids = 0;
/** A page-unique id, shaped like React's `useId` (`_r_1_`) so that the ids read alike. */
const newId = () => `_f_${(ids += 1).toString(32)}_`;

type Child = Node | string;
type Attrs = Record<string, string | undefined>;

/** A part of the page: its node, and how it follows a level switch. */
interface Part {
  readonly node: HTMLElement;
  update(level: string): void;
}

const noUpdate = (node: HTMLElement): Part => ({ node, update() {} });

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Sets or removes an attribute, touching the DOM only when the value changes. */
function setAttr(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Replaces the text of an element that holds one text node, when it changes. */
function setText(node: Node, text: string): void {
  const first = node.firstChild;
  if (first && first === node.lastChild && first.nodeType === Node.TEXT_NODE) {
    if (first.nodeValue !== text) first.nodeValue = text;
  } else node.textContent = text;
}

const levelOf = (ladder: Ladder, level: string): LadderLevel =>
  ladder.levels.find((l) => l.id === level) ?? (ladder.levels[0] as LadderLevel);

// ---- requirement badge -------------------------------------------------------------------

interface Badge {
  readonly node: HTMLElement;
  set(requirement: Requirement): void;
}

const badgeLabel = (requirement: Requirement) => t.message(`requirement.${requirement}`);

/** The shape is drawn by the stylesheet from `data-requirement`; the word is the text. */
function badge(requirement: Requirement): Badge {
  const node = el(
    'span',
    { 'data-slot': 'requirement-badge', 'data-requirement': requirement, class: 'sl-badge' },
    badgeLabel(requirement),
  );
  let current = requirement;
  return {
    node,
    set(next) {
      if (next === current) return;
      current = next;
      node.setAttribute('data-requirement', next);
      setText(node, badgeLabel(next));
    },
  };
}

// ---- summary (does not depend on the level) ----------------------------------------------

function stat(name: string, label: string, value: number, hint: string): HTMLElement {
  return el(
    'div',
    { 'data-slot': 'stat', 'data-stat': name },
    el('dt', {}, label),
    el('dd', { 'data-slot': 'stat-value' }, t.number(value)),
    el('dd', { 'data-slot': 'stat-hint' }, hint),
  );
}

function summary(ladder: Ladder): Part {
  const counts = summarize(ladder);
  const titleId = newId();
  const requiredHint =
    counts.required === 0
      ? t.message('summary.allOptional', { count: counts.optional })
      : t.message('summary.optionalRest', { count: counts.optional });
  const header = el(
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
  );
  const keywords =
    ladder.keywords.length > 0
      ? [
          el(
            'ul',
            { 'aria-label': t.message('summary.keywords'), 'data-slot': 'keywords' },
            ...ladder.keywords.map((keyword) => el('li', { dir: 'auto' }, keyword)),
          ),
        ]
      : [];
  return noUpdate(
    el(
      'section',
      { 'aria-labelledby': titleId, 'data-slot': 'summary', class: 'sl-summary' },
      header,
      el('h2', { id: titleId, 'data-slot': 'title', dir: 'auto' }, ladder.name),
      ...keywords,
      el(
        'dl',
        { 'data-slot': 'stats' },
        stat('roles', t.message('summary.roles'), counts.roles, t.message('summary.rolesHint')),
        stat('levels', t.message('summary.levels'), counts.levels, t.message('summary.levelsHint')),
        stat('required', t.message('summary.required'), counts.required, requiredHint),
      ),
    ),
  );
}

// ---- level tabs, role select and the panel -----------------------------------------------

/**
 * The Radix Tabs trigger's attributes, as Radix renders them. Radix's roving focus makes the
 * last focused tab the list's tab stop (`tabindex="0"`); before any focus there is none.
 */
const tabAttrs = (base: string, level: LadderLevel, selected: string, stop?: string): Attrs => {
  const on = level.id === selected;
  return {
    type: 'button',
    role: 'tab',
    'aria-selected': String(on),
    'aria-controls': on ? `${base}-panel` : undefined,
    'data-state': on ? 'active' : 'inactive',
    id: `${base}-tab-${level.id}`,
    'data-slot': 'level-tab',
    'data-level': level.id,
    class: 'sl-tab',
    tabindex: level.id === stop ? '0' : '-1',
    'data-orientation': 'horizontal',
    'data-radix-collection-item': '',
  };
};

function tabList(ladder: Ladder, base: string, level: string, onPick: (id: string) => void): Part {
  let current = level;
  // Radix's roving focus: the last pressed (focused) tab; none before the first press.
  let stop: string | undefined;
  let stopBefore: string | undefined;
  const tabs = ladder.levels.map((l) => {
    const tab = el('button', tabAttrs(base, l, level), t.level(l));
    // Radix activates a tab on mousedown (left button, no Ctrl) and focuses it.
    tab.addEventListener('mousedown', (event) => {
      if (event.button !== 0 || event.ctrlKey) return;
      stop = l.id;
      tab.focus();
      onPick(l.id);
    });
    return tab;
  });
  return {
    node: el(
      'div',
      {
        role: 'tablist',
        'aria-orientation': 'horizontal',
        'aria-label': t.message('levelSelector.label'),
        'data-slot': 'level-tabs',
        class: 'sl-tabs',
        tabindex: '0',
        'data-orientation': 'horizontal',
        style: 'outline: none;',
      },
      ...tabs,
    ),
    update(next) {
      // Only the tabs that were selected or the tab stop, and those that are now, are touched.
      const touched = new Set([current, stopBefore, next, stop]);
      current = next;
      stopBefore = stop;
      ladder.levels.forEach((l, i) => {
        const tab = tabs[i];
        if (!tab || !touched.has(l.id)) return;
        for (const [name, value] of Object.entries(tabAttrs(base, l, next, stop))) {
          setAttr(tab, name, value);
        }
      });
    },
  };
}

function roleSelect(ladder: Ladder): Part {
  const id = newId();
  return noUpdate(
    el(
      'div',
      { 'data-slot': 'role-select', 'data-state': 'all', class: 'sl-role-select' },
      el('label', { for: id }, t.message('roleFilter.label')),
      el(
        'select',
        { id },
        el('option', { value: '' }, t.message('roleFilter.all')),
        ...ladder.roles.map((role) => el('option', { value: role.id }, t.role(role))),
      ),
    ),
  );
}

function levelPanel(base: string, level: string, children: readonly Part[]): Part {
  const node = el(
    'div',
    {
      role: 'tabpanel',
      id: `${base}-panel`,
      'aria-labelledby': `${base}-tab-${level}`,
      tabindex: '0',
      'data-state': 'active',
      'data-slot': 'level-panel',
      class: 'sl-tab-panel',
    },
    ...children.map((part) => part.node),
  );
  return {
    node,
    update(next) {
      setAttr(node, 'aria-labelledby', `${base}-tab-${next}`);
      for (const part of children) part.update(next);
    },
  };
}

function levelSelector(ladder: Ladder, level: string, onPick: (id: string) => void): Part {
  const base = newId();
  const tabs = tabList(ladder, base, level, onPick);
  const roles = roleSelect(ladder);
  const panel = levelPanel(base, level, [promotion(ladder, level), comparison(ladder, level)]);
  return {
    node: el(
      'div',
      {
        dir: 'ltr',
        'data-orientation': 'horizontal',
        'data-slot': 'level-selector',
        class: 'sl-level-selector',
      },
      el('div', { 'data-slot': 'level-toolbar' }, tabs.node, roles.node),
      panel.node,
    ),
    update(next) {
      tabs.update(next);
      panel.update(next);
    },
  };
}

// ---- promotion cards ----------------------------------------------------------------------

const cardClass = (change: PromotionChange) =>
  change === 'becomes-required'
    ? 'sl-card sl-card--emphasis'
    : change === 'top'
      ? 'sl-card sl-card--top'
      : 'sl-card';

function promotionCard(ladder: Ladder, role: LadderRole, level: string): Part {
  let gap = promotionGap(ladder, role.id, level);
  let shown = gap.next ?? gap.current;
  const requirement = badge(shown.requirement);
  const change = el('span', { 'data-slot': 'card-change' }, t.message(`change.${gap.change}`));
  const description = el('p', { 'data-slot': 'card-description', dir: 'auto' }, shown.description);
  const node = el(
    'article',
    { 'data-slot': 'promotion-card', 'data-change': gap.change, class: cardClass(gap.change) },
    el('h4', { 'data-slot': 'card-title', dir: 'auto' }, t.role(role)),
    el('p', { 'data-slot': 'card-meta' }, requirement.node, change),
    description,
  );
  return {
    node: el('li', {}, node),
    update(next) {
      const before = gap;
      gap = promotionGap(ladder, role.id, next);
      shown = gap.next ?? gap.current;
      if (gap.change !== before.change) {
        setAttr(node, 'data-change', gap.change);
        setAttr(node, 'class', cardClass(gap.change));
        setText(change, t.message(`change.${gap.change}`));
      }
      requirement.set(shown.requirement);
      setText(description, shown.description);
    },
  };
}

const promotionHeading = (ladder: Ladder, level: string) => {
  const next = nextLevel(ladder, level);
  return next
    ? t.message('promotion.heading', { level: t.level(next) })
    : t.message('promotion.topHeading', { level: t.level(levelOf(ladder, level)) });
};

function promotion(ladder: Ladder, level: string): Part {
  const titleId = newId();
  const cards = ladder.roles.map((role) => promotionCard(ladder, role, level));
  const heading = el(
    'h3',
    { id: titleId, 'data-slot': 'section-title' },
    promotionHeading(ladder, level),
  );
  const note = el('p', { 'data-slot': 'section-note' });
  const list = el('ul', { 'data-slot': 'card-list' }, ...cards.map((card) => card.node));
  const node = el('section', {
    'aria-labelledby': titleId,
    'data-slot': 'promotion',
    class: 'sl-promotion',
  });
  const setTop = (at: string) => {
    const top = !nextLevel(ladder, at);
    setAttr(node, 'data-state', top ? 'top' : 'next');
    if (top) {
      setText(note, t.message('promotion.topNote', { level: t.level(levelOf(ladder, at)) }));
      if (!note.isConnected) heading.after(note);
    } else note.remove();
  };
  node.append(heading, list);
  setTop(level);
  return {
    node,
    update(next) {
      setText(heading, promotionHeading(ladder, next));
      setTop(next);
      for (const card of cards) card.update(next);
    },
  };
}

// ---- comparison table ---------------------------------------------------------------------

/** A closed row: its details row is in the page only while open, which the floor never is. */
function comparisonRow(ladder: Ladder, cell: LadderCell): Part {
  const role = ladder.roles.find((r) => r.id === cell.role) as LadderRole;
  let requirement = cell.requirement;
  const requirementCell = el(
    'td',
    { 'data-requirement': requirement },
    t.message(`requirement.${requirement}`),
  );
  const description = el('td', { 'data-slot': 'description', dir: 'auto' }, cell.description);
  const row = el(
    'tr',
    { 'data-slot': 'comparison-row' },
    el(
      'th',
      { scope: 'row' },
      el(
        'button',
        { type: 'button', 'aria-expanded': 'false', 'data-slot': 'row-toggle' },
        t.role(role),
      ),
    ),
    requirementCell,
    description,
  );
  return {
    node: row,
    update(level) {
      const now = cellAt(ladder, cell.role, level) as LadderCell;
      if (now.requirement !== requirement) {
        requirement = now.requirement;
        requirementCell.setAttribute('data-requirement', requirement);
        setText(requirementCell, t.message(`requirement.${requirement}`));
      }
      setText(description, now.description);
    },
  };
}

const rolesOf = (cells: readonly LadderCell[]) => cells.map((cell) => cell.role).join('\u0000');

function comparison(ladder: Ladder, level: string): Part {
  const caption = (at: string) =>
    t.message('table.caption', { level: t.level(levelOf(ladder, at)) });
  const buildRows = (at: string) =>
    levelRows(ladder, at).map((cell) => comparisonRow(ladder, cell));
  let rows = buildRows(level);
  let shownRoles = rolesOf(levelRows(ladder, level));
  const captionNode = el('caption', { 'data-slot': 'section-title' }, caption(level));
  const body = el('tbody', {}, ...rows.map((row) => row.node));
  return {
    node: el(
      'div',
      { 'data-slot': 'comparison', class: 'sl-comparison' },
      el(
        'table',
        { class: 'sl-table' },
        captionNode,
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
        body,
      ),
    ),
    update(next) {
      setText(captionNode, caption(next));
      const roles = rolesOf(levelRows(ladder, next));
      if (roles === shownRoles) {
        for (const row of rows) row.update(next);
        return;
      }
      // Another set of roles at this level (a ladder with gaps): rows are rebuilt.
      shownRoles = roles;
      rows = buildRows(next);
      body.replaceChildren(...rows.map((row) => row.node));
    },
  };
}

// ---- matrix: a WAI-ARIA grid ---------------------------------------------------------------

interface GridPosition {
  readonly row: number;
  readonly column: number;
}

const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);

/** Where a key moves the grid's focus (arrows, Home / End, Ctrl+Home / Ctrl+End), if it does. */
function gridMove(
  { row, column }: GridPosition,
  event: KeyboardEvent,
  rows: number,
  columns: number,
  rtl: boolean,
): GridPosition | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const forward = rtl ? -1 : 1;
  const to = (r: number, c: number) => ({ row: clamp(r, rows), column: clamp(c, columns) });
  switch (event.key) {
    case 'ArrowRight':
      return to(row, column + forward);
    case 'ArrowLeft':
      return to(row, column - forward);
    case 'ArrowDown':
      return to(row + 1, column);
    case 'ArrowUp':
      return to(row - 1, column);
    case 'Home':
      return ctrl ? to(0, 0) : to(row, 0);
    case 'End':
      return ctrl ? to(rows - 1, columns - 1) : to(row, columns - 1);
    default:
      return undefined;
  }
}

const selected = (on: boolean) => (on ? 'true' : undefined);

function matrix(ladder: Ladder, level: string, onPick: (id: string) => void): Part {
  const { levels, roles } = ladder;
  const titleId = newId();
  const descriptionId = `${titleId}-description`;
  const first = levels[0] as LadderLevel;
  const last = levels[levels.length - 1] as LadderLevel;
  // columns[i]: the header and the data cells of level i, the ones a switch marks or unmarks.
  const columns: Element[][] = levels.map((l) => [
    el('th', { scope: 'col', 'aria-selected': selected(l.id === level) }, t.level(l)),
  ]);
  const requirementWord = {
    required: t.message('requirement.required'),
    optional: t.message('requirement.optional'),
  };
  const body = el(
    'tbody',
    {},
    ...roles.map((role) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', dir: 'auto' }, t.role(role)),
        ...levels.map((l, i) => {
          const cell = cellAt(ladder, role.id, l.id);
          if (!cell) return el('td');
          const td = el(
            'td',
            {
              role: 'gridcell',
              'data-requirement': cell.requirement,
              'aria-selected': selected(l.id === level),
            },
            requirementWord[cell.requirement],
          );
          columns[i]?.push(td);
          return td;
        }),
      ),
    ),
  );
  const grid = el(
    'table',
    {
      role: 'grid',
      'aria-labelledby': titleId,
      'aria-readonly': 'true',
      class: 'sl-table sl-table--matrix',
    },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t.message('matrix.role')),
        ...columns.map((c) => c[0] as Element),
      ),
    ),
    body,
  );
  const description = el('p', {
    id: descriptionId,
    hidden: '',
    'data-slot': 'matrix-description',
    dir: 'auto',
  });

  // The active cell: the grid's one Tab stop, described by the hidden paragraph.
  const cellNode = ({ row, column }: GridPosition) => body.rows[row]?.cells[column + 1];
  const dataAt = ({ row, column }: GridPosition) => {
    const role = roles[row];
    const at = levels[column];
    return role && at ? cellAt(ladder, role.id, at.id) : undefined;
  };
  const mark = (position: GridPosition, on: boolean) => {
    const node = cellNode(position);
    if (!node || !dataAt(position)) return;
    setAttr(node, 'tabindex', on ? '0' : undefined);
    setAttr(node, 'aria-describedby', on ? descriptionId : undefined);
  };
  let active: GridPosition = { row: 0, column: 0 };
  const activate = (to: GridPosition) => {
    if (to.row !== active.row || to.column !== active.column) {
      mark(active, false);
      active = to;
      mark(active, true);
      setText(description, dataAt(active)?.description ?? '');
    }
    cellNode(to)?.focus();
  };
  mark(active, true);
  description.append(dataAt(active)?.description ?? '');

  // The grid's events, handled once on the table.
  const positionOf = (target: EventTarget | null): GridPosition | undefined => {
    const cell = target instanceof Element ? target.closest('td') : null;
    const row = cell?.parentElement;
    if (!cell || !(row instanceof HTMLTableRowElement) || row.parentElement !== body) return;
    return { row: row.sectionRowIndex, column: cell.cellIndex - 1 };
  };
  const pick = (position: GridPosition) => {
    activate(position);
    const picked = levels[position.column];
    if (picked) onPick(picked.id);
  };
  grid.addEventListener('click', (event) => {
    const position = positionOf(event.target);
    if (position) pick(position);
  });
  grid.addEventListener('keydown', (event) => {
    const position = positionOf(event.target);
    if (!position) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(position);
      return;
    }
    const rtl = getComputedStyle(grid).direction === 'rtl';
    const to = gridMove(position, event, roles.length, levels.length, rtl);
    if (!to) return;
    event.preventDefault();
    activate(to);
  });

  let current = level;
  return {
    node: el(
      'div',
      { 'data-slot': 'matrix', class: 'sl-matrix' },
      el(
        'h3',
        { id: titleId, 'data-slot': 'section-title' },
        t.message('matrix.caption', { first: t.level(first), last: t.level(last) }),
      ),
      el('div', { 'data-slot': 'matrix-scroll' }, grid),
      description,
    ),
    update(next) {
      // Only the old and the new column change; the active cell and its description stay.
      if (next === current) return;
      const before = columns[levels.findIndex((l) => l.id === current)] ?? [];
      const after = columns[levels.findIndex((l) => l.id === next)] ?? [];
      for (const node of before) node.removeAttribute('aria-selected');
      for (const node of after) node.setAttribute('aria-selected', 'true');
      current = next;
    },
  };
}

// ---- the whole ladder ---------------------------------------------------------------------

/** The floor's handle: the level shown, and a switch as a tab press makes it. */
export interface VanillaLadder {
  readonly level: string;
  select(level: string): void;
}

/** Renders the whole ladder into `container` at its lowest level; pressing a tab switches level. */
export function renderVanillaLadder(container: HTMLElement, ladder: Ladder): VanillaLadder {
  let level = ladder.levels[0]?.id ?? '';
  const select = (next: string) => {
    if (next === level) return;
    level = next;
    for (const part of parts) part.update(next);
  };
  const parts = [levelSelector(ladder, level, select), matrix(ladder, level, select)];
  const [selector, table] = parts as [Part, Part];
  container.replaceChildren(
    el(
      'div',
      {
        'data-slot': 'root',
        lang: 'en',
        class: 'sl-root',
      },
      summary(ladder).node,
      el('p', { 'data-slot': 'how-to' }, t.message('howTo')),
      selector.node,
      table.node,
    ),
  );
  return {
    get level() {
      return level;
    },
    select,
  };
}
