import { useCallback, useMemo, useRef, type RefObject } from 'react';

/** Keeps focus in a part while a Retry swaps its panels: error → loading → error or content. */
export interface FocusCarry {
  /** Called as Retry is pressed: focus follows the swap when `from` (the button) had it. */
  readonly carry: (from: Element) => void;
  /** A ref for each panel that may take focus next: the loading panel, a Retry button. */
  readonly take: (node: HTMLElement | null) => void;
}

// Focus was lost with a panel that left (it fell to <body>), or is still ours to move.
const lost = (root: HTMLElement) =>
  document.activeElement === null ||
  document.activeElement === document.body ||
  root.contains(document.activeElement);

/**
 * Focus that a Retry button had goes to the loading panel that replaces it, then to the next
 * Retry button if the load fails again, or to the part's root (focusable while it holds focus)
 * when the content arrives — never to <body>, and never taken back once the user moved it.
 */
export function useFocusCarry(root: RefObject<HTMLElement | null>): FocusCarry {
  const carrying = useRef(false);
  const take = useCallback(
    (node: HTMLElement | null) => {
      if (!carrying.current) return;
      const container = root.current;
      if (!container || !lost(container)) {
        carrying.current = false;
        return;
      }
      if (node) {
        node.focus();
        return;
      }
      // The panel that had focus left; once the swap is done, nothing took focus but the root.
      queueMicrotask(() => {
        if (!carrying.current || !container.isConnected) return;
        if (document.activeElement !== document.body && document.activeElement !== null) return;
        carrying.current = false;
        if (!container.hasAttribute('tabindex')) {
          container.setAttribute('tabindex', '-1');
          container.addEventListener('blur', () => container.removeAttribute('tabindex'), {
            once: true,
          });
        }
        container.focus();
      });
    },
    [root],
  );
  const carry = useCallback((from: Element) => {
    carrying.current = from === document.activeElement;
  }, []);
  return useMemo(() => ({ carry, take }), [carry, take]);
}
