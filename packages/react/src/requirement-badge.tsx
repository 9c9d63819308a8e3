import type { Requirement, Translator } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';

const badge = cva('sl-badge', {
  variants: {
    requirement: { required: 'sl-badge--required', optional: 'sl-badge--optional' },
  },
});

/** Props of `RequirementBadge`. */
export interface RequirementBadgeProps extends ComponentPropsWithoutRef<'span'> {
  requirement: Requirement;
  /** Gives the label in the right language. */
  t: Translator;
  /** Leave out our class names. */
  unstyled?: boolean;
}

/**
 * Shows a requirement as a shape and a word (never colour alone): ● Required, ○ Optional.
 * Styling hooks: `data-slot="requirement-badge"`, `data-requirement`.
 */
export function RequirementBadge({
  requirement,
  t,
  unstyled,
  className,
  ...rest
}: RequirementBadgeProps) {
  return (
    <span
      data-slot="requirement-badge"
      data-requirement={requirement}
      className={classNames(unstyled, badge({ requirement }), className)}
      {...rest}
    >
      <span aria-hidden="true" data-slot="requirement-icon">
        {requirement === 'required' ? '●' : '○'}
      </span>{' '}
      {t.message(`requirement.${requirement}`)}
    </span>
  );
}
