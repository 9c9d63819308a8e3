import { resolveLocale } from '@skill-ladder/core';
import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';

const root = cva('sl-root', {
  variants: {
    size: { sm: 'sl-size-sm', md: 'sl-size-md', lg: 'sl-size-lg' },
    density: { comfortable: 'sl-density-comfortable', compact: 'sl-density-compact' },
  },
  defaultVariants: { size: 'md', density: 'comfortable' },
});

type RootVariants = VariantProps<typeof root>;

/** Props of `LadderRoot`; the rest go to its `<div>`. */
export interface LadderRootProps extends ComponentPropsWithoutRef<'div'> {
  /** Text size: `'sm'`, `'md'` (default) or `'lg'`. */
  size?: NonNullable<RootVariants['size']>;
  /** Spacing: `'comfortable'` (default) or `'compact'`. */
  density?: NonNullable<RootVariants['density']>;
  /** Colour scheme: follow the system (default), or force `'light'` or `'dark'`. */
  theme?: 'system' | 'light' | 'dark';
  /** Interface language of what is inside; sets `lang`. */
  locale?: string;
  /** Leave out our class names (and so our tokens and styles). */
  unstyled?: boolean;
}

/**
 * The element that carries the `--sl-*` tokens, the colour scheme and the size and density
 * variants. `SkillLadder` renders one; wrap parts in one when you compose them yourself.
 * Styling hooks: `data-slot="root"`, `data-theme`, `data-size`, `data-density`.
 *
 * @example
 * <LadderRoot theme="dark"><LadderMatrix ladder={getSkill('ml-pipelines')} /></LadderRoot>
 */
export function LadderRoot({
  size = 'md',
  density = 'comfortable',
  theme = 'system',
  locale,
  unstyled,
  className,
  ...rest
}: LadderRootProps) {
  return (
    <div
      data-slot="root"
      data-theme={theme === 'system' ? undefined : theme}
      data-size={size}
      data-density={density}
      lang={resolveLocale(locale)}
      className={classNames(unstyled, root({ size, density }), className)}
      {...rest}
    />
  );
}
