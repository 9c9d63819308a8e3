import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import type { PartProps } from './part-props.js';
import { useTranslator } from './use-translator.js';

const roleSelect = cva('sl-role-select');

// A native <select> cannot hold null, so "all roles" travels as an empty string.
const ALL = '';

/** Props of `RoleSelect`; the rest go to its wrapping `<div>`. */
export interface RoleSelectProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange'> {
  /** The focused role id, or `null` for all roles. */
  value: string | null;
  /** Called with the role id picked, or `null` for all roles. */
  onValueChange: (role: string | null) => void;
}

/**
 * A labelled native `<select>` of the ladder's roles, with "All roles" first.
 * Styling hooks: `data-slot="role-select"`, `data-state="all" | "focused"`.
 */
export function RoleSelect({
  ladder,
  locale,
  messages,
  unstyled,
  value,
  onValueChange,
  className,
  ...rest
}: RoleSelectProps) {
  const t = useTranslator(locale, messages);
  const id = useId();
  return (
    <div
      data-slot="role-select"
      data-state={value === null ? 'all' : 'focused'}
      className={classNames(unstyled, roleSelect(), className)}
      {...rest}
    >
      <label htmlFor={id}>{t.t('roleFilter.label')}</label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => onValueChange(event.target.value === ALL ? null : event.target.value)}
      >
        <option value={ALL}>{t.t('roleFilter.all')}</option>
        {ladder.roles.map((role) => (
          <option key={role.id} value={role.id}>
            {t.role(role)}
          </option>
        ))}
      </select>
    </div>
  );
}
