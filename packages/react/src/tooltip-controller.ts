/** Which matrix cell shows its description, shared by every cell of one matrix. */
export interface TooltipController {
  /** The key of the cell whose tooltip is open, or `null`. */
  readonly active: () => string | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** Pointer entered a cell: open after the delay, or at once if another tooltip is open. */
  readonly hover: (key: string) => void;
  /** Pointer left a cell: close soon, unless the pointer reaches the tooltip first. */
  readonly leave: (key: string) => void;
  /** Pointer is over the open tooltip (WCAG 1.4.13: its content must be hoverable). */
  readonly keepOpen: () => void;
  readonly focus: (key: string) => void;
  readonly blur: (key: string) => void;
  readonly close: () => void;
  /** Stops pending timers; for unmount. */
  readonly dispose: () => void;
}

// Long enough to cross the gap between a cell and its tooltip.
const GRACE_MS = 120;

/**
 * One open tooltip per matrix. A cell subscribes and re-renders only when it gains or loses
 * the tooltip, so hovering never re-renders the matrix or the other cells.
 */
export function createTooltipController(delay: () => number): TooltipController {
  let active: string | null = null;
  let focused: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (key: string | null) => {
    clearTimeout(timer);
    if (key === active) return;
    active = key;
    for (const listener of listeners) listener();
  };
  const later = (ms: number, key: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => set(key), ms);
  };

  return {
    active: () => active,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hover(key) {
      if (active !== null) set(key);
      else later(delay(), key);
    },
    leave(key) {
      if (active === key || active === null) later(GRACE_MS, focused);
    },
    keepOpen: () => clearTimeout(timer),
    focus(key) {
      focused = key;
      set(key);
    },
    blur(key) {
      if (focused === key) focused = null;
      if (active === key) set(null);
    },
    close: () => set(null),
    dispose: () => clearTimeout(timer),
  };
}
