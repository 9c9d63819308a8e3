import { createTranslator, type HostMessages } from '@skill-ladder/core';
import type { LadderProblem } from '@skill-ladder/core/internal';
import { cva } from 'class-variance-authority';
import {
  Component,
  useMemo,
  type ComponentPropsWithoutRef,
  type ErrorInfo,
  type ReactNode,
} from 'react';
import { classNames } from './class-names.js';

const panel = cva('sl-error');

/** Why a ladder cannot be shown: a problem with its source, or an error while rendering. */
export type LadderFailure = LadderProblem | { readonly kind: 'crash'; readonly reason: string };

// Long lists of validation errors are cut here; the rest are counted.
const SHOWN_ERRORS = 20;

/** Props of `LadderErrorPanel`; the rest go to its `<div role="alert">`. */
export interface LadderErrorPanelProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What went wrong. */
  failure: LadderFailure;
  /** The reader's language, as `LadderRoot`'s `locale`. */
  locale?: string;
  /** Overrides for any interface string, by key, or a whole message set, as `LadderRoot`'s. */
  messages?: HostMessages;
  /** Leave out our class names. */
  unstyled?: boolean;
}

/**
 * Says plainly why the ladder is not shown, in place of it, as an alert. `LadderRoot` shows it
 * by itself; it is the one part that needs no root, as there is no ladder to read. Styling
 * hooks: `data-slot="error"`, `data-error="unknown-skill" | "invalid-ladder" | "crash"`.
 *
 * @example
 * <LadderErrorPanel failure={{ kind: 'unknown-skill', skillId: 'x', knownIds: ['ml-pipelines'] }} />
 */
export function LadderErrorPanel({
  failure,
  locale,
  messages,
  unstyled,
  className,
  ...rest
}: LadderErrorPanelProps) {
  const t = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  let body: ReactNode;
  switch (failure.kind) {
    case 'unknown-skill': {
      const known = failure.knownIds.map((id) => `"${id}"`).join(', ') || t.message('error.none');
      body = <p>{t.message('error.unknownSkill', { id: failure.skillId, known })}</p>;
      break;
    }
    case 'invalid-ladder': {
      const hidden = failure.errors.length - SHOWN_ERRORS;
      body = (
        <>
          <p>{t.message('error.invalid', { count: failure.errors.length })}</p>
          <ul data-slot="error-list">
            {failure.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
              <li key={i} data-path={error.path}>
                {error.message}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p>{t.message('error.more', { count: hidden })}</p>}
        </>
      );
      break;
    }
    case 'crash':
      body = <p>{t.message('error.crash', { reason: failure.reason })}</p>;
      break;
    default:
      failure satisfies never;
  }
  return (
    <div
      role="alert"
      data-slot="error"
      data-error={failure.kind}
      className={classNames(unstyled, panel(), className)}
      {...rest}
    >
      <p data-slot="error-title">
        <strong>{t.message('error.title')}</strong>
      </p>
      {body}
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** What to show instead of `children` after they throw. */
  fallback: (error: unknown) => ReactNode;
  /** When any of these changes, the boundary tries `children` again. */
  resetKeys: readonly unknown[];
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
  resetKeys: readonly unknown[];
}

const changed = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));

/** Keeps a render error inside the widget, so the host page goes on working. */
export class LadderErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = {
    error: undefined,
    failed: false,
    resetKeys: this.props.resetKeys,
  };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (!changed(props.resetKeys, state.resetKeys)) return null;
    return { error: undefined, failed: false, resetKeys: props.resetKeys };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[skill-ladder] The ladder could not be rendered:', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
