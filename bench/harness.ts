// What each benchmark page (floor, current, baseline) shares: the ladders, the timings of a
// mount and of a level switch, and `window.bench` for scripts/bench.mjs. Each page loads only
// its own implementation and stylesheet, so that neither stylesheet affects the other's times.
import { mlPipelines, type Ladder } from '@skill-ladder/core';
import { generatedLadder } from '../stories/fixtures/ladders';
import { pressTab } from './press-tab';

/** One implementation under test: how it mounts a ladder into the stage and unmounts it. */
export interface Implementation {
  mount(stage: HTMLElement, ladder: Ladder): void;
  unmount(stage: HTMLElement): void;
}

export interface Bench {
  /**
   * Mounts a ladder (`ml` or `large`), forces its layout down to the matrix's last cell, and
   * adds the rendering of the next frame; milliseconds.
   */
  mount(name: string): Promise<number>;
  /** Presses a tab (alternately the second and the last-but-one) until the switch is laid out. */
  switchLevel(): Promise<number>;
}

declare global {
  interface Window {
    bench?: Bench;
  }
}

const ladders: Record<string, Ladder> = { ml: mlPipelines, large: generatedLadder(60, 10) };

async function settled(check: () => boolean) {
  for (let i = 0; i < 1000 && !check(); i += 1) await Promise.resolve();
  if (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The rendering of the next frame (style, layout and paint left to do), without the wait for
 * the frame: from its start (its requestAnimationFrame callbacks) to the first task after it.
 */
function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(undefined);
    });
  });
}

export function installBench(implementation: Implementation): void {
  const stage = document.getElementById('stage') as HTMLElement;
  const layout = () => stage.getBoundingClientRect().height;
  // The layout of the matrix's last cell, which its whole table needs: rendering that a
  // stylesheet defers (`content-visibility` on a part out of view) is counted all the same.
  const layoutMatrix = () =>
    stage
      .querySelector('[data-slot="matrix-scroll"] tbody tr:last-child > :last-child')
      ?.getBoundingClientRect();
  let switches = 0;
  let mounts = 0;
  window.bench = {
    async mount(name) {
      const ladder = ladders[name];
      if (!ladder) throw new Error(`no ladder "${name}"`);
      implementation.unmount(stage);
      stage.replaceChildren();
      mounts += 1;
      // The marks delimit each mount in a performance trace (`pnpm bench --trace`).
      performance.mark(`mount-start-${mounts}`);
      const start = performance.now();
      implementation.mount(stage, ladder);
      layout();
      layoutMatrix();
      const elapsed = performance.now() - start;
      performance.mark(`mount-end-${mounts}`);
      return elapsed + (await nextFrame());
    },
    async switchLevel() {
      const tabs = stage.querySelectorAll('[role="tab"]');
      switches += 1;
      const tab = tabs[switches % 2 === 0 ? 1 : tabs.length - 2];
      if (!tab) throw new Error('no tabs');
      const name = tab.textContent ?? '';
      const caption = () => stage.querySelector('table caption')?.textContent ?? '';
      const start = performance.now();
      pressTab(tab);
      await settled(() => caption().includes(name));
      layout();
      const elapsed = performance.now() - start;
      if (!caption().includes(name)) throw new Error(`no switch to ${name}`);
      return elapsed;
    },
  };
}
