import { promotionGap } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { cellText, labelOf } from './content-text.js';
import { labelledMessage } from './labelled-message.js';
import { useLadder } from './ladder-context.js';
import { RequirementBadge } from './requirement-badge.js';

const cards = cva('sl-promotion');
const card = cva('sl-card', {
  variants: {
    change: {
      'becomes-required': 'sl-card--emphasis',
      'stays-required': '',
      'stays-optional': '',
      'becomes-optional': '',
      'becomes-expected': 'sl-card--emphasis',
      'stops-being-expected': '',
      'stays-not-expected': '',
      top: 'sl-card--top',
    },
  },
});

/** Props of `PromotionCard`; the rest go to its `<article>`. */
export interface PromotionCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The career role id whose card this is. */
  careerRole: string;
  /** The heading level of the role's name. Default: 4, below `PromotionCards`' heading. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * What one career role must master to reach the level above its `LadderRoot`'s level: the
 * expectation there, its requirement and the change (`becomes required`, `becomes expected at
 * Senior`, `no longer expected at Lead`…); "Not expected at this level" where the role has
 * none. At the top level it shows what the role keeps doing.
 * Styling hooks: `data-slot="promotion-card" | "card-title" | "card-change" | "card-description"`,
 * `data-change` on the card, `data-requirement` on its badge.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="middle">
 *   <PromotionCard careerRole="mlops-engineer" headingLevel={3} />
 * </LadderRoot>
 */
export function PromotionCard({
  careerRole,
  headingLevel = 4,
  className,
  ...rest
}: PromotionCardProps) {
  const { ladder, t, level, unstyled } = useLadder('PromotionCard');
  const gap = promotionGap(ladder, careerRole, level.id);
  const shown = gap.next ?? gap.current;
  const role = ladder.roles.find((r) => r.id === careerRole);
  const title = role ? labelOf(ladder, t, role, 'role') : { text: careerRole, lang: undefined };
  const description = cellText(ladder, t, shown);
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      data-slot="promotion-card"
      data-change={gap.change}
      className={classNames(unstyled, card({ change: gap.change }), className)}
      {...rest}
    >
      <Heading data-slot="card-title" dir="auto" lang={title.lang}>
        {title.text}
      </Heading>
      <p data-slot="card-meta">
        <RequirementBadge requirement={shown.requirement} t={t} unstyled={unstyled} />
        <span data-slot="card-change">
          {labelledMessage(t, `change.${gap.change}`, {
            level: labelOf(ladder, t, gap.nextLevel ?? gap.level, 'level'),
          })}
        </span>
      </p>
      <p data-slot="card-description" dir="auto" lang={description.lang}>
        {description.text}
      </p>
    </article>
  );
}

/** Props of `PromotionCards`; they go to its `<section>`. */
export type PromotionCardsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * For the level of its `LadderRoot`, one card per career role shown (every role, or the
 * focused one) with what the next level expects; at the top level a clear "top of this
 * ladder" section instead. Styling hooks: `data-slot="promotion"`, `data-state="next" | "top"`.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="middle"><PromotionCards /></LadderRoot>
 */
export function PromotionCards({ className, ...rest }: PromotionCardsProps) {
  const { ladder, t, level, nextLevel, roles, unstyled } = useLadder('PromotionCards');
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      data-slot="promotion"
      data-state={nextLevel ? 'next' : 'top'}
      className={classNames(unstyled, cards(), className)}
      {...rest}
    >
      <h3 id={headingId} data-slot="section-title">
        {nextLevel
          ? labelledMessage(t, 'promotion.heading', {
              level: labelOf(ladder, t, nextLevel, 'level'),
            })
          : labelledMessage(t, 'promotion.topHeading', {
              level: labelOf(ladder, t, level, 'level'),
            })}
      </h3>
      {!nextLevel && (
        <p data-slot="section-note">
          {labelledMessage(t, 'promotion.topNote', { level: labelOf(ladder, t, level, 'level') })}
        </p>
      )}
      <ul data-slot="card-list">
        {roles.map((role) => (
          <li key={role.id}>
            <PromotionCard careerRole={role.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
