/**
 * Joins our class names with the host's `className`, which comes last so it wins. With
 * `unstyled`, our class names are left out and only the host's remain.
 */
export function classNames(
  unstyled: boolean | undefined,
  ours: string | undefined,
  className: string | undefined,
): string | undefined {
  const joined = [unstyled ? undefined : ours, className].filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
