import {
  roleTrack,
  type LadderRole,
  type LocalizedLadder,
  type Translator,
} from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { useId, useState, type ComponentPropsWithoutRef } from 'react';
import { AlignmentLinks } from './alignment-links.js';
import { classNames } from './class-names.js';
import { cellText, labelOf } from './content-text.js';
import { labelledMessage } from './labelled-message.js';
import { useLadder } from './ladder-context.js';
import { RequirementBadge } from './requirement-badge.js';

const comparison = cva('sl-comparison');
const table = cva('sl-table');

/** Props of `RoleComparisonTable`; the rest go to its wrapping `<div>`. */
export interface RoleComparisonTableProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children'
> {
  /** Career role ids whose details are open at first. */
  defaultOpenRoles?: readonly string[];
}

interface DetailsProps {
  id: string;
  role: LadderRole;
  level: string;
  t: Translator;
  unstyled: boolean | undefined;
  ladder: LocalizedLadder;
}

// In the page only while open: a closed track is nothing a reader or the server needs.
function RoleDetails({ id, role, level, t, unstyled, ladder }: DetailsProps) {
  return (
    <tr id={id} data-slot="comparison-details" data-state="open">
      <td colSpan={3}>
        <ol aria-label={t.message('table.track', { role: t.role(role) })} data-slot="track">
          {roleTrack(ladder, role.id).map((cell) => {
            const cellLevel = ladder.levels.find((l) => l.id === cell.level);
            const levelLabel = cellLevel
              ? labelOf(ladder, t, cellLevel, 'level')
              : { text: cell.level, lang: undefined };
            const description = cellText(ladder, t, cell);
            const isCurrent = cell.level === level;
            return (
              <li
                key={cell.level}
                aria-current={isCurrent ? 'step' : undefined}
                data-slot="track-step"
                data-state={isCurrent ? 'current' : undefined}
                data-requirement={cell.requirement}
              >
                <span data-slot="track-level" lang={levelLabel.lang}>
                  {levelLabel.text}
                </span>
                <RequirementBadge requirement={cell.requirement} t={t} unstyled={unstyled} />
                <span data-slot="track-description" dir="auto" lang={description.lang}>
                  {description.text}
                </span>
              </li>
            );
          })}
        </ol>
        {role.alignments?.length ? (
          <AlignmentLinks alignments={role.alignments} label={t.message('summary.alignedWith')} />
        ) : null}
      </td>
    </tr>
  );
}

/**
 * A real `<table>` of what each career role shown is expected to do at its `LadderRoot`'s
 * level: role, requirement and
 * description. A row opens that role's track across every level: click anywhere on the row,
 * or press Enter or Space on the role's button (which carries `aria-expanded`). Several rows
 * may be open at once, so people can compare tracks side by side. An open track ends with the
 * role's alignments to public taxonomies, as links, when it has any.
 * Styling hooks: `data-slot="comparison" | "comparison-row" | "comparison-details"`,
 * `data-state="open"` on an open row (a closed row has none), `data-requirement` on the requirement cell and each track step.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="senior"><RoleComparisonTable /></LadderRoot>
 */
export function RoleComparisonTable({
  defaultOpenRoles = [],
  className,
  ...rest
}: RoleComparisonTableProps) {
  const { ladder, t, level: current, rows, unstyled } = useLadder('RoleComparisonTable');
  const baseId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(defaultOpenRoles));
  const toggle = (roleId: string) =>
    setOpen((before) => {
      const after = new Set(before);
      if (!after.delete(roleId)) after.add(roleId);
      return after;
    });
  return (
    <div data-slot="comparison" className={classNames(unstyled, comparison(), className)} {...rest}>
      <table className={classNames(unstyled, table(), undefined)}>
        <caption data-slot="section-title">
          {labelledMessage(t, 'table.caption', { level: labelOf(ladder, t, current, 'level') })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.message('table.role')}</th>
            <th scope="col">{t.message('table.requirement')}</th>
            <th scope="col">{t.message('table.description')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cell, i) => {
            const roleEntry = ladder.roles.find((r) => r.id === cell.role) as LadderRole;
            const roleLabel = labelOf(ladder, t, roleEntry, 'role');
            const description = cellText(ladder, t, cell);
            const isOpen = open.has(cell.role);
            const detailsId = `${baseId}-details-${i}`;
            return [
              // The row's click only widens the mouse target; keyboard users press the
              // role's button, whose click bubbles to this same handler.
              <tr
                key={cell.role}
                data-slot="comparison-row"
                data-state={isOpen ? 'open' : undefined}
                onClick={() => toggle(cell.role)}
              >
                <th scope="row">
                  <button
                    type="button"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? detailsId : undefined}
                    data-slot="row-toggle"
                    lang={roleLabel.lang}
                  >
                    {roleLabel.text}
                  </button>
                </th>
                <td data-requirement={cell.requirement}>
                  {t.message(`requirement.${cell.requirement}`)}
                </td>
                <td data-slot="description" dir="auto" lang={description.lang}>
                  {description.text}
                </td>
              </tr>,
              isOpen && (
                <RoleDetails
                  key={`${cell.role}-details`}
                  id={detailsId}
                  role={roleEntry}
                  level={current.id}
                  t={t}
                  unstyled={unstyled}
                  ladder={ladder}
                />
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
