import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Direction } from './ladder-context.js';

// Before paint in the browser; on the server neither runs, and React 18 warns about the first.
const useBeforePaint = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The root's direction: `dir` when given, else the one its element computes (the page's),
 * read once mounted, before paint; `undefined` before that, on the server and in the first
 * render, so both agree.
 */
export function useDirection(dir: Direction | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [computed, setComputed] = useState<Direction>();
  useBeforePaint(() => {
    if (dir || !ref.current) return;
    setComputed(getComputedStyle(ref.current).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [dir]);
  return [ref, dir ?? computed] as const;
}
