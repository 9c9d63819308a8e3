import type { Ladder } from '@skill-ladder/core';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Implementation } from './harness';

/** A React SkillLadder (the current one or the baseline's) as a benchmark implementation. */
export function reactImplementation(
  SkillLadder: ComponentType<{ ladder: Ladder }>,
): Implementation {
  let root: Root | undefined;
  return {
    mount(stage, ladder) {
      root = createRoot(stage);
      flushSync(() => root?.render(<SkillLadder ladder={ladder} />));
    },
    unmount() {
      root?.unmount();
      root = undefined;
    },
  };
}
