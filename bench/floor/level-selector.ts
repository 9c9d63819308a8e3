// The level selector: a toolbar with the tabs and the career-role select, and the one panel of
// the selected level, which holds the promotion cards and the comparison table.
import type { Ladder } from '@skill-ladder/core';
import { promotion } from './cards';
import { comparison } from './comparison';
import { el, newId, noUpdate, setAttr, t, type Part } from './dom';
import { tabList } from './tabs';

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

export function levelSelector(ladder: Ladder, level: string, onPick: (id: string) => void): Part {
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
