import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always calls the latest `callback`,
 * so memoized children are not re-rendered when a host passes a new inline handler.
 */
export function useLatestCallback<Args extends unknown[]>(
  callback: ((...args: Args) => void) | undefined,
): (...args: Args) => void {
  const latest = useRef(callback);
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current?.(...args), []);
}
