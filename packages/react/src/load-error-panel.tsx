import type { Translator } from '@skill-ladder/core';
import { CatalogError, catalogErrorMessage } from '@skill-ladder/core/catalog';
import { cva } from 'class-variance-authority';
import { classNames } from './class-names.js';
import type { FocusCarry } from './use-focus-carry.js';

const panel = cva('sl-error');

interface LoadErrorPanelProps {
  /** What the load rejected with: a `CatalogError`, or anything else thrown. */
  error: unknown;
  /** The panel's title, in words. */
  title: string;
  onRetry: () => void;
  /** Where the Retry button's focus goes as the panel leaves. */
  focus: FocusCarry;
  t: Translator;
  unstyled: boolean | undefined;
}

/**
 * Why a load from a catalog failed, translated, as the ladder's error panel shows its problems,
 * with a Retry button. Styling hooks: `data-slot="error"`, `data-error` (the error's kind).
 */
export default function LoadErrorPanel({
  error,
  title,
  onRetry,
  focus,
  t,
  unstyled,
}: LoadErrorPanelProps) {
  const known = error instanceof CatalogError;
  const message = known
    ? catalogErrorMessage(error, t)
    : t.message('error.crash', { reason: error instanceof Error ? error.message : String(error) });
  return (
    <div
      role="alert"
      data-slot="error"
      data-error={known ? error.kind : 'crash'}
      className={classNames(unstyled, panel(), undefined)}
    >
      <p data-slot="error-title">
        <strong>{title}</strong>
      </p>
      <p>{message}</p>
      <p>
        <button
          ref={focus.take}
          type="button"
          data-slot="retry"
          onClick={(event) => {
            focus.carry(event.currentTarget);
            onRetry();
          }}
        >
          {t.message('catalog.retry')}
        </button>
      </p>
    </div>
  );
}
