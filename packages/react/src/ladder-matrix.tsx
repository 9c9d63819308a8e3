import { cellAt } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { useEffect, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { loadCellTooltip, MatrixCell, type MatrixCellSelection } from './matrix-cell.js';
import type { PartProps } from './part-props.js';
import { createTooltipController } from './tooltip-controller.js';
import { useLatestCallback } from './use-latest-callback.js';
import { useTranslator } from './use-translator.js';

export type { MatrixCellSelection } from './matrix-cell.js';

const matrix = cva('sl-matrix');
const table = cva('sl-table sl-table--matrix');

// Fetch the tooltip while the hover delay runs, so the first description is not late.
const prefetchTooltip = () => void loadCellTooltip();

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

/**
 * Every role × every level: how the skill's depth grows from the lowest level to the
 * highest. Each cell shows its requirement as a shape and a word; hovering or focusing it
 * shows its description in a Radix Tooltip. Every cell is a button in the Tab order.
 * One tooltip is open at a time, loaded on first use, and rendered inside its cell so that
 * theme variables set around the matrix reach it.
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
  const onSelect = useLatestCallback(onCellSelect);
  const titleId = useId();
  const tooltipId = `${titleId}-tooltip`;
  const delay = useRef(tooltipDelay);
  useEffect(() => {
    delay.current = tooltipDelay;
  }, [tooltipDelay]);
  const [tooltips] = useState(() => createTooltipController(() => delay.current));
  useEffect(() => tooltips.dispose, [tooltips]);
  const first = ladder.levels[0];
  const last = ladder.levels[ladder.levels.length - 1];
  if (!first || !last) return null;
  return (
    <div
      data-slot="matrix"
      className={classNames(unstyled, matrix(), className)}
      onPointerOver={prefetchTooltip}
      onFocus={prefetchTooltip}
      {...rest}
    >
      {/* A heading outside the scrolling area stays readable on narrow screens. */}
      <h3 id={titleId} data-slot="section-title">
        {t.t('matrix.caption', { first: t.level(first), last: t.level(last) })}
      </h3>
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
                        tooltips={tooltips}
                        tooltipId={tooltipId}
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
    </div>
  );
}
