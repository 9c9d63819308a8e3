/**
 * Elements inside `root` that stick out past its right edge. The matrix scrolls inside its own
 * area by design, so what is in there does not count.
 */
export function overflowingElements(root: Element): Element[] {
  const { right } = root.getBoundingClientRect();
  return [...root.querySelectorAll('*')].filter(
    (el) =>
      !el.closest('[data-slot="matrix-scroll"]') && el.getBoundingClientRect().right > right + 1,
  );
}
