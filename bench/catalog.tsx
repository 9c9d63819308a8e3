// The catalog parts at 500 skills (samples/large-catalog.ts), for scripts/bench-catalog.mjs:
// a keystroke in SkillCatalog's search box until the list shows its results, and RoleProfile's
// first paint from the index and its long tasks while 500 ladders stream in.
import '@skill-ladder/react/styles.css';
import '@skill-ladder/react/catalog.css';
import type { Ladder } from '@skill-ladder/core';
import {
  createMemoryCatalog,
  searchCatalog,
  type Catalog,
  type CatalogIndex,
} from '@skill-ladder/core/catalog';
import { RoleProfile, SkillCatalog } from '@skill-ladder/react/catalog';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { generateLadders } from '../samples/large-catalog';

export interface CatalogBench {
  /** Mounts SkillCatalog over 500 skills, with an empty search box. */
  mountCatalog(): void;
  /**
   * Sets the search box to `query` as one keystroke does (an input event), and resolves with the
   * milliseconds until the list shows that query's results, laid out, and with the rendering of
   * the next frame after that.
   */
  keystroke(query: string): Promise<{ updated: number; nextFrame: number; count: number }>;
  /**
   * Mounts RoleProfile for the role found in most skills, over a catalog whose ladders arrive
   * like a network's (2–20 ms each); resolves with the first paint from the index, the time to
   * every description, and the long tasks (> 50 ms) meanwhile.
   */
  roleProfile(concurrency: number): Promise<{
    skills: number;
    firstPaint: number;
    allLoaded: number;
    longTasks: number;
    longestTask: number;
    worstFrameGap: number;
  }>;
}

declare global {
  interface Window {
    catalogBench?: CatalogBench;
  }
}

const ladders: Ladder[] = generateLadders({ skills: 500 });
const memory = createMemoryCatalog(ladders);
const index = memory.peekIndex() as CatalogIndex;
const stage = document.getElementById('stage') as HTMLElement;
let root: Root | undefined;

function remount(element: React.ReactNode) {
  root?.unmount();
  stage.replaceChildren();
  root = createRoot(stage);
  flushSync(() => root?.render(element));
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

// The rendering of the next frame, as bench/harness.ts measures it.
function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      void nextTask().then(() => resolve(performance.now() - start));
    });
  });
}

const countText = (count: number) =>
  count === 0
    ? 'No skills found'
    : count === 1
      ? 'One skill found'
      : `${count.toLocaleString('en-US')} skills found`;

// A network-like catalog: the index at once, each ladder a few milliseconds later.
function slowCatalog(): Catalog {
  const loaded = new Map<string, Ladder>();
  return {
    peekIndex: () => index,
    loadIndex: async () => index,
    peekLadder: (id) => loaded.get(id),
    loadLadder: (id, options) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => {
            const ladder = memory.peekLadder(id) as Ladder;
            loaded.set(id, ladder);
            resolve(ladder);
          },
          2 + Math.random() * 18,
        );
        options?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(options.signal?.reason);
        });
      }),
  };
}

function busiestRole(): string {
  const counts = new Map<string, number>();
  for (const skill of index.skills) {
    for (const role of skill.roles) counts.set(role.id, (counts.get(role.id) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
}

window.catalogBench = {
  mountCatalog() {
    remount(<SkillCatalog catalog={memory} getSkillHref={(skill) => `#${skill.id}`} />);
  },

  async keystroke(query) {
    const input = stage.querySelector('input[type="search"]') as HTMLInputElement;
    const status = stage.querySelector('[data-slot="catalog-count"]') as HTMLElement;
    const expected = searchCatalog(index, query).count;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const done = () =>
      status.textContent === countText(expected) &&
      stage.querySelector('[data-state="stale"]') === null &&
      input.value === query;
    const start = performance.now();
    setValue?.call(input, query);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query.slice(-1) }));
    for (let i = 0; i < 10_000 && !done(); i += 1) await nextTask();
    stage.getBoundingClientRect();
    (stage.querySelector('li:last-child') ?? stage).getBoundingClientRect();
    const updated = performance.now() - start;
    if (!done()) throw new Error(`the list never showed "${query}"`);
    return { updated, nextFrame: await nextFrame(), count: expected };
  },

  async roleProfile(concurrency) {
    const role = busiestRole();
    const skills = index.skills.filter((s) => s.roles.some((r) => r.id === role)).length;
    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    let worstFrameGap = 0;
    let last = performance.now();
    let watching = true;
    const frame = (now: number) => {
      worstFrameGap = Math.max(worstFrameGap, now - last);
      last = now;
      if (watching) requestAnimationFrame(frame);
    };
    const start = performance.now();
    remount(
      <RoleProfile catalog={slowCatalog()} defaultCareerRole={role} concurrency={concurrency} />,
    );
    (stage.querySelector('tbody tr:last-child') as HTMLElement).getBoundingClientRect();
    const firstPaint = performance.now() - start + (await nextFrame());
    const streaming = performance.now();
    last = streaming;
    requestAnimationFrame(frame);
    const progress = stage.querySelector('[data-slot="role-profile-progress"]') as HTMLElement;
    while (progress.dataset.state !== 'done') await new Promise((r) => setTimeout(r, 5));
    const allLoaded = performance.now() - start;
    watching = false;
    await nextFrame();
    observer.disconnect();
    return {
      skills,
      firstPaint,
      allLoaded,
      // While the descriptions stream in, after the first paint.
      longTasks: tasks.filter((t) => t.startTime >= streaming).length,
      longestTask: Math.max(
        0,
        ...tasks.filter((t) => t.startTime >= streaming).map((t) => t.duration),
      ),
      worstFrameGap,
    };
  },
};
