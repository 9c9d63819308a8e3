// What every part of the floor shares: the translator, page-unique ids, an element builder and
// setters that touch the DOM only when a value changes, and the shape of a part.
import {
  createTranslator,
  type Ladder,
  type LadderCell,
  type LadderLevel,
} from '@skill-ladder/core';

export const t = createTranslator('en');
let ids = 0;
/** A page-unique id, shaped like React's `useId` (`_r_1_`) so that the ids read alike. */
export const newId = () => `_f_${(ids += 1).toString(32)}_`;

type Child = Node | string;
export type Attrs = Record<string, string | undefined>;

/** A part of the page: its node, and how it follows a level switch. */
export interface Part {
  readonly node: HTMLElement;
  update(level: string): void;
}

/** A part that does not depend on the level. */
export const noUpdate = (node: HTMLElement): Part => ({ node, update() {} });

export function el<K extends keyof HTMLElementTagNameMap>(
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
export function setAttr(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Replaces the text of an element that holds one text node, when it changes. */
export function setText(node: Node, text: string): void {
  const first = node.firstChild;
  if (first && first === node.lastChild && first.nodeType === Node.TEXT_NODE) {
    if (first.nodeValue !== text) first.nodeValue = text;
  } else node.textContent = text;
}

export const levelOf = (ladder: Ladder, level: string): LadderLevel =>
  ladder.levels.find((l) => l.id === level) ?? (ladder.levels[0] as LadderLevel);

/** What a cell says: its description, or that nothing is expected there. */
export const cellText = (cell: LadderCell): string =>
  cell.requirement === 'not-expected' ? t.message('requirement.notExpectedHere') : cell.description;
