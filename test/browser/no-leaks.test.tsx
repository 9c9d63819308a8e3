import { SkillLadder } from '@skill-ladder/react';
import { fireEvent } from '@testing-library/react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Target = Window | Document;

// Counts what is added to window and document, and timers still pending, while mounted.
function track() {
  const listeners = new Map<string, number>();
  const pending = new Set<number>();
  const originals: (() => void)[] = [];
  for (const [target, name] of [
    [window, 'window'],
    [document, 'document'],
  ] as [Target, string][]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const key = (type: string, capture: unknown) =>
      `${name}:${type}:${typeof capture === 'object' && capture ? Boolean((capture as AddEventListenerOptions).capture) : Boolean(capture)}`;
    target.addEventListener = ((type: string, fn: EventListener, options?: unknown) => {
      listeners.set(key(type, options), (listeners.get(key(type, options)) ?? 0) + 1);
      add(type, fn, options as AddEventListenerOptions);
    }) as typeof target.addEventListener;
    target.removeEventListener = ((type: string, fn: EventListener, options?: unknown) => {
      listeners.set(key(type, options), (listeners.get(key(type, options)) ?? 0) - 1);
      remove(type, fn, options as EventListenerOptions);
    }) as typeof target.removeEventListener;
    originals.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = ((fn: () => void, ms?: number) => {
    const id = set(() => {
      pending.delete(id);
      fn();
    }, ms);
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => {
    pending.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  originals.push(() => {
    window.setTimeout = set;
    window.clearTimeout = clear;
  });
  return {
    // Removing a listener that was never added is harmless, so only positive counts leak.
    listeners: () => [...listeners].filter(([, n]) => n > 0).map(([k, n]) => `${k} ×${n}`),
    pending,
    restore: () => originals.forEach((restore) => restore()),
  };
}

let tracker: ReturnType<typeof track> | undefined;
afterEach(() => tracker?.restore());

describe('mounting and unmounting SkillLadder 200 times', () => {
  it('leaves no nodes in the body, no listeners on window or document, and no timers', async () => {
    // React DOM adds one selectionchange listener to the document for all its roots, once:
    // a first mount before counting leaves that out.
    const warmUp = document.createElement('div');
    document.body.append(warmUp);
    const warmRoot = createRoot(warmUp);
    await act(async () => warmRoot.render(<SkillLadder skill="ml-pipelines" />));
    // The tooltip is loaded on first use; load it here, not while counting.
    const firstCell = warmUp.querySelector('[role="gridcell"]') as HTMLElement;
    await act(async () => firstCell.focus());
    await vi.waitFor(() => expect(warmUp.querySelector('[data-slot="tooltip"]')).not.toBeNull(), {
      timeout: 10_000,
    });
    await act(async () => warmRoot.unmount());
    warmUp.remove();
    const bodyBefore = document.body.innerHTML;
    tracker = track();
    for (let i = 0; i < 200; i += 1) {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      await act(async () => root.render(<SkillLadder skill="ml-pipelines" />));
      if (i % 20 === 0) {
        // Open tooltips and switch level now and then, so tooltips and their timers exist.
        const cells = container.querySelectorAll<HTMLElement>('[role="gridcell"]');
        await act(async () => cells[0]?.focus());
        await vi.waitFor(() =>
          expect(container.querySelector('[data-slot="tooltip"]')).not.toBeNull(),
        );
        const tab = container.querySelectorAll('[role="tab"]')[2] as HTMLElement;
        await act(async () => {
          fireEvent.mouseDown(tab);
          fireEvent.keyDown(cells[0] as HTMLElement, { key: 'ArrowRight' });
          fireEvent.pointerOver(cells[2] as HTMLElement, { pointerType: 'mouse' });
          fireEvent.pointerOut(cells[2] as HTMLElement, { pointerType: 'mouse' });
        });
      }
      await act(async () => root.unmount());
      container.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(tracker.listeners()).toEqual([]);
    expect([...tracker.pending]).toEqual([]);
  }, 240_000);
});
