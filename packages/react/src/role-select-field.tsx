import type { Translator } from '@skill-ladder/core';
import { useId, type ComponentPropsWithoutRef } from 'react';

/** A role as a `RoleSelectField` lists it: its label, and the label's `lang` when not the root's. */
export interface RoleOption {
  readonly id: string;
  readonly text: string;
  readonly lang: string | undefined;
}

// A native <select> cannot hold null, so "every role" travels as an empty string.
const ALL = '';

interface RoleSelectFieldProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children' | 'onChange'
> {
  t: Translator;
  roles: readonly RoleOption[];
  /** The role picked, or `null` for every role (with `withAll`). */
  value: string | null;
  /** List "All roles" first, which picks `null`. */
  withAll?: boolean;
  onValueChange: (value: string | null) => void;
}

/**
 * The labelled native `<select>` of career roles that `CareerRoleSelect`, `SkillCatalog` and
 * `RoleProfile` share: one markup (`data-slot="role-select"`), one label, one way to say "all".
 */
export function RoleSelectField({
  t,
  roles,
  value,
  withAll = false,
  onValueChange,
  ...rest
}: RoleSelectFieldProps) {
  const id = useId();
  return (
    <div data-slot="role-select" {...rest}>
      <label htmlFor={id}>{t.message('roleFilter.label')}</label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => onValueChange(event.target.value === ALL ? null : event.target.value)}
      >
        {withAll && <option value={ALL}>{t.message('roleFilter.all')}</option>}
        {roles.map((role) => (
          <option key={role.id} value={role.id} lang={role.lang}>
            {role.text}
          </option>
        ))}
      </select>
    </div>
  );
}
