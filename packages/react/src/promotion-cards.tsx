import { nextLevel, promotionGap } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import type { PartProps } from './part-props.js';
import { RequirementBadge } from './requirement-badge.js';
import { useTranslator } from './use-translator.js';

const cards = cva('sl-promotion');
const card = cva('sl-card', {
  variants: {
    change: {
      'becomes-required': 'sl-card--emphasis',
      'stays-required': '',
      'stays-optional': '',
      'becomes-optional': '',
      top: 'sl-card--top',
    },
  },
});

/** Props of `PromotionCard`; the rest go to its `<article>`. */
export interface PromotionCardProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'article'>, 'children' | 'role'> {
  /** The role id. */
  role: string;
  /** The level the person is at now; the card shows what the next level expects. */
  level: string;
  /** The heading level of the role's name. Default: 4, below `PromotionCards`' heading. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * What one role must master to reach the level above `level`: the expectation there, its
 * requirement and the change (`becomes required`…). At the top level it shows what the role
 * keeps doing. Styling hooks: `data-slot="promotion-card"`, `data-change`, `data-requirement`.
 */
export function PromotionCard({
  ladder,
  locale,
  messages,
  unstyled,
  role,
  level,
  headingLevel = 4,
  className,
  ...rest
}: PromotionCardProps) {
  const t = useTranslator(locale, messages);
  const titleId = useId();
  const gap = promotionGap(ladder, role, level);
  const shown = gap.next ?? gap.current;
  const roleEntry = ladder.roles.find((r) => r.id === role);
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      aria-labelledby={titleId}
      data-slot="promotion-card"
      data-change={gap.change}
      data-requirement={shown.requirement}
      className={classNames(unstyled, card({ change: gap.change }), className)}
      {...rest}
    >
      <Heading id={titleId} data-slot="card-title" dir="auto">
        {roleEntry ? t.role(roleEntry) : role}
      </Heading>
      <p data-slot="card-meta">
        <RequirementBadge requirement={shown.requirement} t={t} unstyled={unstyled} />
        <span data-slot="card-change" data-change={gap.change}>
          {t.t(`change.${gap.change}`)}
        </span>
      </p>
      <p data-slot="card-description" dir="auto">
        {shown.description}
      </p>
    </article>
  );
}

/** Props of `PromotionCards`; the rest go to its `<section>`. */
export interface PromotionCardsProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'role'> {
  /** The level the person is at now. */
  level: string;
  /** Show one role only; `null` or left out for every role. */
  role?: string | null;
}

/**
 * For the level the person is at, one card per role (or the focused role) with what the
 * next level expects; at the top level a clear "top of this ladder" section instead.
 * Styling hooks: `data-slot="promotion"`, `data-state="next" | "top"`.
 */
export function PromotionCards({
  ladder,
  locale,
  messages,
  unstyled,
  level,
  role,
  className,
  ...rest
}: PromotionCardsProps) {
  const t = useTranslator(locale, messages);
  const headingId = useId();
  const current = ladder.levels.find((l) => l.id === level) ?? ladder.levels[0];
  if (!current) return null;
  const next = nextLevel(ladder, current.id);
  const roles = role ? ladder.roles.filter((r) => r.id === role) : ladder.roles;
  return (
    <section
      aria-labelledby={headingId}
      data-slot="promotion"
      data-state={next ? 'next' : 'top'}
      className={classNames(unstyled, cards(), className)}
      {...rest}
    >
      <h3 id={headingId} data-slot="section-title">
        {next
          ? t.t('promotion.heading', { level: t.level(next) })
          : t.t('promotion.topHeading', { level: t.level(current) })}
      </h3>
      {!next && (
        <p data-slot="section-note">{t.t('promotion.topNote', { level: t.level(current) })}</p>
      )}
      <ul data-slot="card-list">
        {roles.map((r) => (
          <li key={r.id}>
            <PromotionCard
              ladder={ladder}
              locale={locale}
              messages={messages}
              unstyled={unstyled}
              role={r.id}
              level={current.id}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
