// The level tabs, as Radix Tabs renders them: a press switches level; only the tabs whose state
// changes are touched.
import type { Ladder, LadderLevel } from '@skill-ladder/core';
import { el, setAttr, t, type Attrs, type Part } from './dom';

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

export function tabList(
  ladder: Ladder,
  base: string,
  level: string,
  onPick: (id: string) => void,
): Part {
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
