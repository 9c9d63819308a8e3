import { cellAt } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
} from 'react';
import { classNames } from './class-names.js';
import { cellText, labelOf, type ContentText } from './content-text.js';
import { labelledMessage } from './labelled-message.js';
import { cellElement, dataCellOf, positionOf } from './grid-cells.js';
import { gridMove, type GridPosition } from './grid-navigation.js';
import { useLadder } from './ladder-context.js';
import { MatrixCell } from './matrix-cell.js';

const matrix = cva('sl-matrix');
const table = cva('sl-table sl-table--matrix');

// Radix Tooltip is most of the matrix's weight and only needed on hover or focus.
const loadTooltip = () => import('./matrix-tooltip.js');
const MatrixTooltip = lazy(loadTooltip);

/** Props of `LadderMatrix`; the rest go to its wrapping `<div>`. */
export interface LadderMatrixProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Milliseconds of hover before a description shows (Radix's `delayDuration`). Default 300. */
  tooltipDelay?: number;
}

/**
 * Every role × every level of its `LadderRoot`'s ladder: how the skill's depth grows from the
 * lowest level to the highest. A WAI-ARIA grid with one Tab stop: arrow keys, Home / End and
 * Ctrl+Home / Ctrl+End move between cells (left and right turn in a right-to-left root), Enter
 * or Space (or a click) picks the cell's level. A cell where the role is not expected says so
 * in words, with its own shape (`data-requirement="not-expected"`).
 * The focused cell's description is in the page at once for screen readers, and shows in a
 * Radix Tooltip (loaded on first hover or focus) on hover or focus. The selected level's
 * column is `aria-selected`, the focused career role's row is highlighted.
 * Styling hooks: `data-slot="matrix" | "section-title" | "matrix-scroll" | "matrix-description"
 * | "tooltip-anchor" | "tooltip" | "tooltip-arrow"`, `data-requirement` on each cell,
 * `aria-selected="true"` on the selected level's column, `data-state="highlighted"` on the
 * focused career role's row.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="senior"><LadderMatrix /></LadderRoot>
 */
export function LadderMatrix({
  tooltipDelay = 300,
  className,
  onPointerOver,
  onFocus,
  ...rest
}: LadderMatrixProps) {
  const { ladder, t, level, setLevel, careerRole, unstyled, dir } = useLadder('LadderMatrix');
  const titleId = useId();
  const descriptionId = `${titleId}-description`;
  const grid = useRef<HTMLTableElement>(null);
  const [moved, setActivePosition] = useState<GridPosition>({ row: 0, column: 0 });
  const setActive = (to: GridPosition) =>
    setActivePosition((from) => (from.row === to.row && from.column === to.column ? from : to));
  const [tooltipWanted, setTooltipWanted] = useState(false);
  const { levels, roles } = ladder;
  // Kept within the grid, so a smaller ladder in its place still has its one Tab stop.
  const active = {
    row: Math.min(moved.row, roles.length - 1),
    column: Math.min(moved.column, levels.length - 1),
  };
  const first = levels[0];
  const last = levels[levels.length - 1];
  if (!first || !last) return null;

  const descriptionAt = ({ row, column }: GridPosition): ContentText | undefined => {
    const role = roles[row];
    const cellLevel = levels[column];
    const cell = role && cellLevel ? cellAt(ladder, role.id, cellLevel.id) : undefined;
    return cell && cellText(ladder, t, cell);
  };
  const describe = (cell: HTMLTableCellElement) => descriptionAt(positionOf(cell));

  const focusCell = (position: GridPosition) => {
    const cell = cellElement(grid.current, position);
    if (!cell) return;
    // Focusable now, before React commits the new tab stop, so the focus can move at once; the
    // commit that follows moves the description with it.
    cell.tabIndex = 0;
    cell.focus();
    setActive(position);
  };
  const pick = (cell: HTMLTableCellElement) => {
    const position = positionOf(cell);
    focusCell(position);
    const picked = levels[position.column];
    if (picked) setLevel(picked.id);
  };
  const wantTooltip = () => {
    if (tooltipWanted) return;
    void loadTooltip();
    setTooltipWanted(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = dataCellOf(event.target);
    if (!cell) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(cell);
      return;
    }
    const to = gridMove(positionOf(cell), event.key, {
      rows: roles.length,
      columns: levels.length,
      ctrlKey: event.ctrlKey || event.metaKey,
      rtl: dir === 'rtl',
    });
    if (!to) return;
    event.preventDefault();
    focusCell(to);
  };

  const activeDescription = descriptionAt(active);
  return (
    <div
      data-slot="matrix"
      className={classNames(unstyled, matrix(), className)}
      {...rest}
      onPointerOver={(event) => {
        onPointerOver?.(event);
        wantTooltip();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        wantTooltip();
      }}
    >
      {/* A heading outside the scrolling area stays readable on narrow screens. */}
      <h3 id={titleId} data-slot="section-title">
        {labelledMessage(t, 'matrix.caption', {
          first: labelOf(ladder, t, first, 'level'),
          last: labelOf(ladder, t, last, 'level'),
        })}
      </h3>
      <div data-slot="matrix-scroll">
        <table
          ref={grid}
          role="grid"
          aria-labelledby={titleId}
          aria-readonly="true"
          className={classNames(unstyled, table(), undefined)}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            const cell = dataCellOf(event.target);
            if (cell) pick(cell);
          }}
          onFocus={(event) => {
            const cell = dataCellOf(event.target);
            if (cell) setActive(positionOf(cell));
          }}
        >
          <thead>
            <tr>
              <th scope="col">{t.message('matrix.role')}</th>
              {levels.map((l) => {
                const label = labelOf(ladder, t, l, 'level');
                return (
                  <th
                    key={l.id}
                    scope="col"
                    aria-selected={l.id === level.id || undefined}
                    lang={label.lang}
                  >
                    {label.text}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {roles.map((r, row) => {
              const label = labelOf(ladder, t, r, 'role');
              return (
                <tr key={r.id} data-state={r.id === careerRole?.id ? 'highlighted' : undefined}>
                  <th scope="row" dir="auto" lang={label.lang}>
                    {label.text}
                  </th>
                  {levels.map((l, column) => {
                    const cell = cellAt(ladder, r.id, l.id);
                    if (!cell) return <td key={l.id} />;
                    return (
                      <MatrixCell
                        key={l.id}
                        requirement={cell.requirement}
                        label={t.message(`requirement.${cell.requirement}`)}
                        selected={l.id === level.id}
                        active={active.row === row && active.column === column}
                        descriptionId={descriptionId}
                      />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {tooltipWanted && (
          <Suspense fallback={null}>
            <MatrixTooltip
              grid={grid}
              describe={describe}
              onPick={pick}
              delay={tooltipDelay}
              unstyled={unstyled}
            />
          </Suspense>
        )}
      </div>
      {/* The active cell's description, in the page in the same commit as the focus: screen
          readers read a description once, when the cell is focused. */}
      <p
        id={descriptionId}
        hidden
        data-slot="matrix-description"
        dir="auto"
        lang={activeDescription?.lang}
      >
        {activeDescription?.text}
      </p>
    </div>
  );
}
