import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { labelOf } from './content-text.js';
import { useLadder } from './ladder-context.js';

const careerRoleSelect = cva('sl-role-select');

// A native <select> cannot hold null, so "every role" travels as an empty string.
const ALL = '';

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
  const id = useId();
  return (
    <div
      data-slot="role-select"
      data-state={careerRole ? 'focused' : 'all'}
      className={classNames(unstyled, careerRoleSelect(), className)}
      {...rest}
    >
      <label htmlFor={id}>{t.message('roleFilter.label')}</label>
      <select
        id={id}
        value={careerRole?.id ?? ALL}
        onChange={(event) => setCareerRole(event.target.value === ALL ? null : event.target.value)}
      >
        <option value={ALL}>{t.message('roleFilter.all')}</option>
        {ladder.roles.map((role) => {
          const label = labelOf(ladder, t, role, 'role');
          return (
            <option key={role.id} value={role.id} lang={label.lang}>
              {label.text}
            </option>
          );
        })}
      </select>
    </div>
  );
}
