import { useEffect, type RefObject } from 'react';
import { useLatestCallback } from '../use-latest-callback.js';

/**
 * Escape anywhere inside `ref`'s element calls `onEscape`, as it would close a dialog. Listened
 * to on the element itself: an inline confirmation is a group, not a widget that takes keys.
 */
export function useEscape(ref: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const escape = useLatestCallback(onEscape);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      escape();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref, escape]);
}
