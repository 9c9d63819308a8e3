// The benchmark page: React SkillLadder and the vanilla floor, measured in the same page.
import '@skill-ladder/react/styles.css';
import { mlPipelines, type Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { generatedLadder } from '../stories/fixtures/ladders';
import { renderVanillaLadder } from './vanilla-ladder';

const ladders: Record<string, Ladder> = { ml: mlPipelines, large: generatedLadder(60, 10) };
const stage = document.getElementById('stage') as HTMLElement;
let root: Root | undefined;
let switches = 0;

const layout = () => stage.getBoundingClientRect().height;

function clear() {
  root?.unmount();
  root = undefined;
  stage.replaceChildren();
}

async function settled(check: () => boolean) {
  for (let i = 0; i < 1000 && !check(); i += 1) await Promise.resolve();
  if (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}

const bench = {
  mountReact(name: string): number {
    clear();
    const start = performance.now();
    root = createRoot(stage);
    flushSync(() => root!.render(<SkillLadder ladder={ladders[name]} />));
    layout();
    return performance.now() - start;
  },
  mountVanilla(name: string): number {
    clear();
    const start = performance.now();
    renderVanillaLadder(stage, ladders[name] as Ladder);
    layout();
    return performance.now() - start;
  },
  // A press on the last-but-one tab, until its rows are in the page and laid out.
  async switchLevel(kind: 'react' | 'vanilla'): Promise<number> {
    const tabs = stage.querySelectorAll<HTMLElement>('[role="tab"]');
    switches += 1;
    const tab = tabs[switches % 2 === 0 ? 1 : tabs.length - 2] as HTMLElement;
    const name = tab.textContent ?? '';
    const start = performance.now();
    const options = { bubbles: true, cancelable: true, button: 0 };
    tab.dispatchEvent(new PointerEvent('pointerdown', options));
    tab.dispatchEvent(new MouseEvent('mousedown', options));
    tab.dispatchEvent(new PointerEvent('pointerup', options));
    tab.dispatchEvent(new MouseEvent('mouseup', options));
    tab.dispatchEvent(new MouseEvent('click', options));
    await settled(() => stage.querySelector('table caption')?.textContent?.includes(name) ?? false);
    layout();
    const elapsed = performance.now() - start;
    if (!stage.querySelector('table caption')?.textContent?.includes(name))
      throw new Error(`${kind}: no switch`);
    return elapsed;
  },
};

Object.assign(window, { bench });
