// The benchmark's floor (bench/vanilla-ladder.ts) must build SkillLadder's markup, or the
// ratio `pnpm bench` reports compares unlike things. After mount and after level switches,
// both trees are compared element by element and attribute by attribute.
import '@skill-ladder/react/styles.css';
import { mlPipelines, type Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pressTab } from '../../bench/press-tab';
import { renderVanillaLadder } from '../../bench/vanilla-ladder';
import { dataContractsLadder, generatedLadder } from '../../stories/fixtures/ladders';
import { codeReviewSample } from '../../stories/fixtures/code-review-sample';
import { firstDomDifference } from './dom-diff';

// React's useId (`_r_1_` in React 19, `:r1:` in 18) and the floor's (`_f_1_`).
const generatedId = /_[rf]_[0-9a-v]+_|:r[0-9a-v]+:|«r[0-9a-v]+»/;

async function pressLevel(root: Element, name: string) {
  const tab = [...root.querySelectorAll('[role="tab"]')].find((t) => t.textContent === name);
  if (!tab) throw new Error(`no tab "${name}"`);
  pressTab(tab);
  await waitFor(() => expect(root.querySelector('table caption')?.textContent).toContain(name));
}

describe('the benchmark floor', () => {
  it.each<[string, Ladder]>([
    ['ML Pipelines', mlPipelines],
    ['a generated 4 × 3 ladder', generatedLadder(4, 3)],
    ['Data Contracts', dataContractsLadder],
    ['Code Review, with cells where a role is not expected', codeReviewSample],
  ])(
    'builds the markup of SkillLadder for %s, at every level it is switched to',
    async (_, ladder) => {
      const react = render(<SkillLadder ladder={ladder} />).container;
      const floor = document.body.appendChild(document.createElement('div'));
      renderVanillaLadder(floor, ladder);
      try {
        const top = ladder.levels[ladder.levels.length - 1]?.name ?? '';
        const middle = ladder.levels[1]?.name ?? '';
        for (const level of [undefined, top, middle]) {
          if (level) {
            await pressLevel(react, level);
            await pressLevel(floor, level);
          }
          const difference = firstDomDifference(
            react.firstElementChild as Element,
            floor.firstElementChild as Element,
            generatedId,
          );
          expect(difference, `at ${level ?? 'the first level'}`).toBeUndefined();
        }
      } finally {
        floor.remove();
      }
    },
  );

  it('reports where the markup differs first', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild as Element;
    };
    const diff = (a: string, b: string) => firstDomDifference(make(a), make(b), generatedId);
    expect(
      diff(
        '<div data-slot="root"><p id="_r_1_" class="x">a</p><i aria-labelledby="_r_1_"></i></div>',
        '<div data-slot="root"><p id="_f_7_" class="x">a</p><i aria-labelledby="_f_7_"></i></div>',
      ),
    ).toBeUndefined();
    expect(
      diff(
        '<div data-slot="root"><p id="_r_1_"></p><i aria-labelledby="_r_1_"></i></div>',
        '<div data-slot="root"><p id="_f_1_"></p><i aria-labelledby="_f_2_"></i></div>',
      ),
    ).toBe('div[0][data-slot="root"] > i[1]: attribute aria-labelledby is "id2", expected "id1"');
    expect(diff('<ul><li>a</li><li data-x="1">b</li></ul>', '<ul><li>a</li><li>b</li></ul>')).toBe(
      'ul[0] > li[1]: attribute data-x missing, expected "1"',
    );
    expect(diff('<p>a <b>b</b></p>', '<p>a<b>b</b></p>')).toBe(
      'p[0]: child 0 is text "a", expected text "a "',
    );
  });
});
