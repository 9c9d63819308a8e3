// The ladder's summary: breadcrumb, name, keywords, update date and the three tiles. It does
// not depend on the level.
import { summarize, type Ladder } from '@skill-ladder/core';
import { el, newId, noUpdate, t, type Part } from './dom';

function stat(name: string, label: string, value: number, hint: string): HTMLElement {
  return el(
    'div',
    { 'data-slot': 'stat', 'data-stat': name },
    el('dt', {}, label),
    el('dd', { 'data-slot': 'stat-value' }, t.number(value)),
    el('dd', { 'data-slot': 'stat-hint' }, hint),
  );
}

export function summary(ladder: Ladder): Part {
  const counts = summarize(ladder);
  const titleId = newId();
  const requiredHint =
    counts.notExpected > 0
      ? t.message('summary.optionalOfRest', { count: counts.optional })
      : counts.required === 0
        ? t.message('summary.allOptional', { count: counts.optional })
        : t.message('summary.optionalRest', { count: counts.optional });
  const notExpected =
    counts.notExpected > 0
      ? [
          stat(
            'not-expected',
            t.message('summary.notExpected'),
            counts.notExpected,
            t.message('summary.notExpectedHint', { count: counts.notExpected }),
          ),
        ]
      : [];
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
        ...notExpected,
      ),
    ),
  );
}
