import { cva } from 'class-variance-authority';
import { classNames } from './class-names.js';

const loading = cva('sl-loading');

interface LoadingPanelProps {
  /** What is loading, in words. */
  label: string;
  unstyled: boolean | undefined;
  /** Takes focus when a Retry that had it brought this panel in (`useFocusCarry`). */
  focusRef?: ((node: HTMLElement | null) => void) | undefined;
}

/**
 * Stands in for what is loading with the room it will take (`--sl-loading-min-height`), so
 * that nothing below jumps when it arrives. Styling hooks: `data-slot="loading"`.
 */
export function LoadingPanel({ label, unstyled, focusRef }: LoadingPanelProps) {
  return (
    <div
      ref={focusRef}
      // Focusable from script only: it holds the focus of a Retry button it replaced.
      tabIndex={-1}
      aria-busy="true"
      data-slot="loading"
      className={classNames(unstyled, loading(), undefined)}
    >
      <p data-slot="loading-label">{label}</p>
      <div data-slot="skeleton" aria-hidden="true" />
    </div>
  );
}
