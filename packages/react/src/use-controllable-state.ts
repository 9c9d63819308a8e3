import { useCallback, useState } from 'react';

/**
 * State that the host may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), as Radix does. `onChange` runs only when the value really changes.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = useCallback(
    (next: T) => {
      if (Object.is(current, next)) return;
      if (!controlled) setOwn(next);
      try {
        onChange?.(next);
      } catch (error) {
        // A host callback that throws must not leave the widget half-updated.
        console.error('[skill-ladder] A change handler threw:', error);
      }
    },
    [controlled, current, onChange],
  );
  return [current, set];
}
