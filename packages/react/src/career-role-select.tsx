import { cva } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { labelOf } from './content-text.js';
import { useLadder } from './ladder-context.js';
import { RoleSelectField } from './role-select-field.js';

const careerRoleSelect = cva('sl-role-select');

/** Props of `CareerRoleSelect`; they go to its wrapping `<div>`. */
export type CareerRoleSelectProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange'>;

/**
 * A labelled native `<select>` of the ladder's career roles, with "All roles" first; picks its
 * `LadderRoot`'s career role (`careerRole` / `defaultCareerRole` / `onCareerRoleChange`).
 * Styling hooks: `data-slot="role-select"`, `data-state="all" | "focused"`.
 *
 * @example
 * <LadderRoot skill="ml-pipelines"><CareerRoleSelect /><PromotionCards /></LadderRoot>
 */
export function CareerRoleSelect({ className, ...rest }: CareerRoleSelectProps) {
  const { ladder, t, careerRole, setCareerRole, unstyled } = useLadder('CareerRoleSelect');
  const roles = ladder.roles.map((role) => ({ id: role.id, ...labelOf(ladder, t, role, 'role') }));
  return (
    <RoleSelectField
      data-state={careerRole ? 'focused' : 'all'}
      className={classNames(unstyled, careerRoleSelect(), className)}
      {...rest}
      t={t}
      roles={roles}
      value={careerRole?.id ?? null}
      withAll
      onValueChange={setCareerRole}
    />
  );
}
