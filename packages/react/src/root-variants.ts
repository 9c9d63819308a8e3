import { cva } from 'class-variance-authority';

/** The classes of a root (`LadderRoot`, and each catalog part): text size and spacing. */
export const rootVariants = cva('sl-root', {
  variants: {
    size: { sm: 'sl-size-sm', md: '', lg: 'sl-size-lg' },
    density: { comfortable: '', compact: 'sl-density-compact' },
  },
  defaultVariants: { size: 'md', density: 'comfortable' },
});
