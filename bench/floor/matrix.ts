// The matrix of every role and level: a WAI-ARIA grid with one Tab stop. Its clicks and keys are
// handled by one listener each, on the table; a switch marks the new column and unmarks the old.
import { cellAt, type Ladder, type LadderLevel } from '@skill-ladder/core';
import { cellText, el, newId, setAttr, setText, t, type Part } from './dom';
import { gridMove, type GridPosition } from './grid-keys';

const selected = (on: boolean) => (on ? 'true' : undefined);

export function matrix(ladder: Ladder, level: string, onPick: (id: string) => void): Part {
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
    'not-expected': t.message('requirement.not-expected'),
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
      const now = dataAt(active);
      setText(description, now ? cellText(now) : '');
    }
    cellNode(to)?.focus();
  };
  mark(active, true);
  const activeCell = dataAt(active);
  description.append(activeCell ? cellText(activeCell) : '');

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
