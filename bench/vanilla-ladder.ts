// The floor of the benchmark: the markup SkillLadder renders (same elements, attributes and
// classes; test/browser/floor-markup.test.tsx compares them), built with plain DOM calls and
// the same core views, as a careful vanilla author would write it. A level switch updates in
// place only what changed: the tabs, the panel's label, the cards' and rows' changed parts,
// the caption and the matrix grid's old and new columns (`aria-selected`); the grid's active
// cell and its hidden description do not change on a level switch. Each part is a small
// builder in bench/floor/ returning `{ node, update(level) }` (summary, tabs, level selector,
// cards, comparison, matrix; dom.ts holds what they share), so that a change of SkillLadder's
// markup is a change of one part. Written for the benchmark only; it is not shipped.
import type { Ladder } from '@skill-ladder/core';
import { el, t, type Part } from './floor/dom';
import { levelSelector } from './floor/level-selector';
import { matrix } from './floor/matrix';
import { summary } from './floor/summary';

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
      { 'data-slot': 'root', lang: 'en', class: 'sl-root' },
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
