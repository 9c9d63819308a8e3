import { cva } from 'class-variance-authority';
import { memo, useId, type ComponentPropsWithoutRef } from 'react';
import { AlignmentLinks } from './alignment-links.js';
import { classNames } from './class-names.js';
import { langAttr } from './content-text.js';
import { useLadderData } from './ladder-context.js';

const summary = cva('sl-summary');

/** Props of `LadderSummary`; they go to its `<section>`. */
export type LadderSummaryProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * The skill's profile: domain › group, name (an `h2`), keywords, last update, and tiles
 * with the number of roles, levels and required cells (the rest being optional), and of
 * cells where a role is not expected, when there are any; and the skill's alignments to public
 * taxonomies ("Aligned with ESCO: …"), each a link to its entry when it has an http(s) one (an
 * O*NET code links to O*NET OnLine). Texts of the ladder that fell back to its source language
 * carry `lang`. Reads the ladder of its `LadderRoot`; a level switch does not re-render it.
 * Styling hooks: `data-slot="summary"` and `data-slot` on each piece (`alignments`, with
 * `data-framework` on each entry).
 *
 * @example
 * <LadderRoot skill="ml-pipelines"><LadderSummary /></LadderRoot>
 */
export const LadderSummary = memo(function LadderSummary({
  className,
  ...rest
}: LadderSummaryProps) {
  const { ladder, t, counts, unstyled } = useLadderData('LadderSummary');
  const headingId = useId();
  const lang = (field: keyof typeof ladder.fieldLang) =>
    langAttr(ladder, t, ladder.fieldLang[field]);
  // With cells that expect nothing, "the other N" would count them as optional.
  const requiredHint =
    counts.notExpected > 0
      ? t.message('summary.optionalOfRest', { count: counts.optional })
      : counts.required === 0
        ? t.message('summary.allOptional', { count: counts.optional })
        : t.message('summary.optionalRest', { count: counts.optional });
  const tiles = [
    {
      key: 'roles',
      label: t.message('summary.roles'),
      value: counts.roles,
      hint: t.message('summary.rolesHint'),
    },
    {
      key: 'levels',
      label: t.message('summary.levels'),
      value: counts.levels,
      hint: t.message('summary.levelsHint'),
    },
    {
      key: 'required',
      label: t.message('summary.required'),
      value: counts.required,
      hint: requiredHint,
    },
    // Shown only for ladders that say so: a ladder with none reads as before.
    ...(counts.notExpected > 0
      ? [
          {
            key: 'not-expected',
            label: t.message('summary.notExpected'),
            value: counts.notExpected,
            hint: t.message('summary.notExpectedHint', { count: counts.notExpected }),
          },
        ]
      : []),
  ];
  return (
    <section
      aria-labelledby={headingId}
      data-slot="summary"
      className={classNames(unstyled, summary(), className)}
      {...rest}
    >
      <div data-slot="summary-header">
        <nav aria-label={t.message('summary.breadcrumb')} data-slot="breadcrumb">
          <ol>
            <li dir="auto" lang={lang('domain')}>
              {ladder.domain}
            </li>
            <li dir="auto" lang={lang('group')}>
              {ladder.group}
            </li>
          </ol>
        </nav>
        <p data-slot="updated">
          <time dateTime={ladder.updated}>
            {t.message('summary.updated', { date: t.date(ladder.updated) })}
          </time>
        </p>
      </div>
      <h2 id={headingId} data-slot="title" dir="auto" lang={lang('name')}>
        {ladder.name}
      </h2>
      {ladder.keywords.length > 0 && (
        <ul aria-label={t.message('summary.keywords')} data-slot="keywords">
          {ladder.keywords.map((keyword, i) => (
            <li key={i} dir="auto" lang={lang('keywords')}>
              {keyword}
            </li>
          ))}
        </ul>
      )}
      {ladder.alignments?.length ? (
        <AlignmentLinks alignments={ladder.alignments} label={t.message('summary.alignedWith')} />
      ) : null}
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
