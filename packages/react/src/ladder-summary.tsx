import { summarize } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { memo, useId, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import type { PartProps } from './part-props.js';
import { useTranslator } from './use-translator.js';

const summary = cva('sl-summary');

/** Props of `LadderSummary`; the rest go to its `<section>`. */
export interface LadderSummaryProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'role'> {}

/**
 * The skill's profile: domain › group, name (an `h2`), keywords, last update, and tiles
 * with the number of roles, levels and required cells (the rest being optional).
 * Styling hooks: `data-slot="summary"` and `data-slot` on each piece.
 */
export const LadderSummary = memo(function LadderSummary({
  ladder,
  locale,
  messages,
  unstyled,
  className,
  ...rest
}: LadderSummaryProps) {
  const t = useTranslator(locale, messages);
  const headingId = useId();
  const counts = summarize(ladder);
  const requiredHint =
    counts.required === 0
      ? t.t('summary.allOptional', { count: counts.optional })
      : t.t('summary.optionalRest', { count: counts.optional });
  const tiles = [
    {
      key: 'roles',
      label: t.t('summary.roles'),
      value: counts.roles,
      hint: t.t('summary.rolesHint'),
    },
    {
      key: 'levels',
      label: t.t('summary.levels'),
      value: counts.levels,
      hint: t.t('summary.levelsHint'),
    },
    { key: 'required', label: t.t('summary.required'), value: counts.required, hint: requiredHint },
  ];
  return (
    <section
      aria-labelledby={headingId}
      data-slot="summary"
      className={classNames(unstyled, summary(), className)}
      {...rest}
    >
      <div data-slot="summary-header">
        <nav aria-label={t.t('summary.breadcrumb')} data-slot="breadcrumb">
          <ol>
            <li dir="auto">{ladder.domain}</li>
            <li dir="auto">{ladder.group}</li>
          </ol>
        </nav>
        <p data-slot="updated">
          <time dateTime={ladder.updated}>
            {t.t('summary.updated', { date: t.date(ladder.updated) })}
          </time>
        </p>
      </div>
      <h2 id={headingId} data-slot="title" dir="auto">
        {ladder.name}
      </h2>
      {ladder.keywords.length > 0 && (
        <ul aria-label={t.t('summary.keywords')} data-slot="keywords">
          {ladder.keywords.map((keyword, i) => (
            <li key={i} dir="auto">
              {keyword}
            </li>
          ))}
        </ul>
      )}
      <dl data-slot="stats">
        {tiles.map((tile) => (
          <div key={tile.key} data-slot="stat" data-stat={tile.key}>
            <dt>{tile.label}</dt>
            <dd data-slot="stat-value">{t.number(tile.value)}</dd>
            <dd data-slot="stat-hint">{tile.hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
