import { cellAt, type LadderCell, type Translator } from '@skill-ladder/core';
import * as Tooltip from '@radix-ui/react-tooltip';
import { cva } from 'class-variance-authority';
import { memo, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import type { PartProps } from './part-props.js';
import { RequirementBadge } from './requirement-badge.js';
import { useLatestCallback } from './use-latest-callback.js';
import { useTranslator } from './use-translator.js';

const matrix = cva('sl-matrix');
const table = cva('sl-table sl-table--matrix');
const cellButton = cva('sl-matrix-cell');
const tooltip = cva('sl-tooltip');

/** A cell of the matrix that was pressed. */
export interface MatrixCellSelection {
  readonly role: string;
  readonly level: string;
}

/** Props of `LadderMatrix`; the rest go to its wrapping `<div>`. */
export interface LadderMatrixProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  /** The level whose column is marked as selected. */
  level?: string;
  /** The role whose row is highlighted; `null` or left out for none. */
  role?: string | null;
  /** Called when a cell is pressed (click, Enter or Space). */
  onCellSelect?: (cell: MatrixCellSelection) => void;
  /** Milliseconds of hover before a description shows. Default 300. */
  tooltipDelay?: number;
}

interface MatrixCellProps {
  cell: LadderCell;
  label: string;
  selected: boolean;
  t: Translator;
  unstyled: boolean | undefined;
  container: HTMLElement | null;
  onSelect: (cell: MatrixCellSelection) => void;
}

// Memoized so that changing the selected level re-renders only the cells whose state changes.
const MatrixCell = memo(function MatrixCell({
  cell,
  label,
  selected,
  t,
  unstyled,
  container,
  onSelect,
}: MatrixCellProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const escaped = useRef(false);
  const onOpenChange = (next: boolean) => {
    // Radix closes a tooltip when the page scrolls, and focusing a cell scrolls it into view:
    // keep the description open while its cell has focus, unless Escape dismissed it.
    const focused = button.current !== null && button.current === document.activeElement;
    if (!next && focused && !escaped.current) return;
    escaped.current = false;
    setOpen(next);
  };
  return (
    <td
      data-slot="matrix-cell"
      data-requirement={cell.requirement}
      data-state={selected ? 'selected' : undefined}
    >
      <Tooltip.Root open={open} onOpenChange={onOpenChange}>
        <Tooltip.Trigger asChild>
          <button
            ref={button}
            type="button"
            aria-label={label}
            data-slot="matrix-cell-button"
            className={classNames(unstyled, cellButton(), undefined)}
            onClick={() => onSelect({ role: cell.role, level: cell.level })}
          >
            <RequirementBadge requirement={cell.requirement} t={t} unstyled={unstyled} />
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal container={container}>
          <Tooltip.Content
            side="top"
            sideOffset={6}
            collisionPadding={8}
            onEscapeKeyDown={() => {
              escaped.current = true;
            }}
            data-slot="tooltip"
            dir="auto"
            className={classNames(unstyled, tooltip(), undefined)}
          >
            {cell.description}
            <Tooltip.Arrow data-slot="tooltip-arrow" width={12} height={6} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </td>
  );
});

/**
 * Every role × every level: how the skill's depth grows from the lowest level to the
 * highest. Each cell shows its requirement as a shape and a word; hovering or focusing it
 * shows its description in a Radix Tooltip. Every cell is a button in the Tab order.
 * Tooltips render inside the matrix, so theme variables set around it reach them.
 * Styling hooks: `data-slot="matrix" | "matrix-cell" | "tooltip"`, `data-requirement`,
 * `data-state="selected"` on the selected level's column, `data-state="highlighted"` on the
 * focused role's row.
 */
export function LadderMatrix({
  ladder,
  locale,
  messages,
  unstyled,
  level,
  role,
  onCellSelect,
  tooltipDelay = 300,
  className,
  ...rest
}: LadderMatrixProps) {
  const t = useTranslator(locale, messages);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const onSelect = useLatestCallback(onCellSelect);
  const titleId = useId();
  const first = ladder.levels[0];
  const last = ladder.levels[ladder.levels.length - 1];
  if (!first || !last) return null;
  return (
    <div
      ref={setContainer}
      data-slot="matrix"
      className={classNames(unstyled, matrix(), className)}
      {...rest}
    >
      {/* A heading outside the scrolling area stays readable on narrow screens. */}
      <h3 id={titleId} data-slot="section-title">
        {t.t('matrix.caption', { first: t.level(first), last: t.level(last) })}
      </h3>
      <Tooltip.Provider delayDuration={tooltipDelay}>
        <div data-slot="matrix-scroll">
          <table aria-labelledby={titleId} className={classNames(unstyled, table(), undefined)}>
            <thead>
              <tr>
                <th scope="col">{t.t('matrix.role')}</th>
                {ladder.levels.map((l) => (
                  <th
                    key={l.id}
                    scope="col"
                    data-level={l.id}
                    data-state={l.id === level ? 'selected' : undefined}
                  >
                    {t.level(l)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ladder.roles.map((r) => {
                const roleLabel = t.role(r);
                return (
                  <tr
                    key={r.id}
                    data-slot="matrix-row"
                    data-state={r.id === role ? 'highlighted' : undefined}
                  >
                    <th scope="row" dir="auto">
                      {roleLabel}
                    </th>
                    {ladder.levels.map((l) => {
                      const cell = cellAt(ladder, r.id, l.id);
                      if (!cell) return <td key={l.id} />;
                      const label = t.t('matrix.cell', {
                        role: roleLabel,
                        level: t.level(l),
                        requirement: t.t(`requirement.${cell.requirement}`),
                      });
                      return (
                        <MatrixCell
                          key={l.id}
                          cell={cell}
                          label={label}
                          selected={l.id === level}
                          t={t}
                          unstyled={unstyled}
                          container={container}
                          onSelect={onSelect}
                        />
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Tooltip.Provider>
    </div>
  );
}
