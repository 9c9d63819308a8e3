// renderToString of the current SkillLadder and of the baseline, in a production Node process:
// HTML bytes and the median of warm renders. Bundled by scripts/bench.mjs (React external).
import { mlPipelines, type Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { generatedLadder } from '../stories/fixtures/ladders';
import { SkillLadder as BaselineLadder } from './baseline/skill-ladder.js';

const runs = Number(process.argv[2] ?? 21);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

type Implementation = ComponentType<{ ladder: Ladder }>;
const implementations: Record<string, Implementation> = {
  current: SkillLadder,
  baseline: BaselineLadder,
};

/** Bytes of the HTML, and the median time of warm renders, interleaved between both. */
function measure(ladder: Ladder) {
  const names = Object.keys(implementations);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  // Two warm-up rounds, left out; the order alternates so that neither always goes first.
  for (let i = 0; i < runs + 2; i += 1) {
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const Component = implementations[name] as Implementation;
      const start = performance.now();
      renderToString(<Component ladder={ladder} />);
      if (i >= 2) times.get(name)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const Component = implementations[name] as Implementation;
      const html = renderToString(<Component ladder={ladder} />);
      return [name, { bytes: Buffer.byteLength(html, 'utf8'), ms: median(times.get(name) ?? []) }];
    }),
  );
}

const ladders: Record<string, Ladder> = { ml: mlPipelines, large: generatedLadder(60, 10) };
const out: Record<string, unknown> = {};
for (const [name, ladder] of Object.entries(ladders)) out[name] = measure(ladder);
console.log(JSON.stringify(out));
