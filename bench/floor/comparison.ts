// The comparison table of the selected level: one closed row per career role shown. A switch
// updates the caption and the rows' requirement and description, or rebuilds the rows when the
// level shows other roles.
import {
  cellAt,
  levelRows,
  type Ladder,
  type LadderCell,
  type LadderRole,
} from '@skill-ladder/core';
import { cellText, el, levelOf, setText, t, type Part } from './dom';

/** A closed row: its details row is in the page only while open, which the floor never is. */
function comparisonRow(ladder: Ladder, cell: LadderCell): Part {
  const role = ladder.roles.find((r) => r.id === cell.role) as LadderRole;
  let requirement = cell.requirement;
  const requirementCell = el(
    'td',
    { 'data-requirement': requirement },
    t.message(`requirement.${requirement}`),
  );
  const description = el('td', { 'data-slot': 'description', dir: 'auto' }, cellText(cell));
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
      setText(description, cellText(now));
    },
  };
}

const rolesOf = (cells: readonly LadderCell[]) => cells.map((cell) => cell.role).join('\u0000');

export function comparison(ladder: Ladder, level: string): Part {
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
