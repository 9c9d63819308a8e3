// What to master for the next level: one card per career role, with its requirement badge and
// change; at the top level, a note instead. A switch changes the cards' texts and classes.
import {
  nextLevel,
  promotionGap,
  type Ladder,
  type LadderRole,
  type PromotionChange,
  type Requirement,
} from '@skill-ladder/core';
import { cellText, el, levelOf, newId, setAttr, setText, t, type Part } from './dom';

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

const cardClass = (change: PromotionChange) =>
  change === 'becomes-required' || change === 'becomes-expected'
    ? 'sl-card sl-card--emphasis'
    : change === 'top'
      ? 'sl-card sl-card--top'
      : 'sl-card';

function promotionCard(ladder: Ladder, role: LadderRole, level: string): Part {
  let gap = promotionGap(ladder, role.id, level);
  let shown = gap.next ?? gap.current;
  const requirement = badge(shown.requirement);
  const changeText = () =>
    t.message(`change.${gap.change}`, { level: t.level(gap.nextLevel ?? gap.level) });
  const change = el('span', { 'data-slot': 'card-change' }, changeText());
  const description = el('p', { 'data-slot': 'card-description', dir: 'auto' }, cellText(shown));
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
      }
      setText(change, changeText());
      requirement.set(shown.requirement);
      setText(description, cellText(shown));
    },
  };
}

const promotionHeading = (ladder: Ladder, level: string) => {
  const next = nextLevel(ladder, level);
  return next
    ? t.message('promotion.heading', { level: t.level(next) })
    : t.message('promotion.topHeading', { level: t.level(levelOf(ladder, level)) });
};

export function promotion(ladder: Ladder, level: string): Part {
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
