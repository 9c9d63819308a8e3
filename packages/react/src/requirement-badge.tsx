import type { Requirement, Translator } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';

const badge = cva('sl-badge');

/** Props of `RequirementBadge`. */
export interface RequirementBadgeProps extends ComponentPropsWithoutRef<'span'> {
  requirement: Requirement;
  /** Gives the label in the right language. */
  t: Translator;
  /** Leave out our class names. */
  unstyled?: boolean;
}

/**
 * Shows a requirement as a shape and a word (never colour alone): ● Required, ○ Optional,
 * – Not expected. The
 * word is the text; the shape is drawn by the stylesheet from `data-requirement`, and is not
 * read aloud. Styling hooks: `data-slot="requirement-badge"`, `data-requirement`.
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
      className={classNames(unstyled, badge(), className)}
      {...rest}
    >
      {t.message(`requirement.${requirement}`)}
    </span>
  );
}
