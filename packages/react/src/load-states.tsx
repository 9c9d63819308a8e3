import { cva } from 'class-variance-authority';
import { classNames } from './class-names.js';

const loading = cva('sl-loading');

interface LoadingPanelProps {
  /** What is loading, in words. */
  label: string;
  unstyled: boolean | undefined;
}

/**
 * Stands in for what is loading with the room it will take (`--sl-loading-min-height`), so
 * that nothing below jumps when it arrives. Styling hooks: `data-slot="loading"`.
 */
export function LoadingPanel({ label, unstyled }: LoadingPanelProps) {
  return (
    <div
      aria-busy="true"
      data-slot="loading"
      className={classNames(unstyled, loading(), undefined)}
    >
      <p data-slot="loading-label">{label}</p>
      <div data-slot="skeleton" aria-hidden="true" />
    </div>
  );
}
