import axe from 'axe-core';

// WCAG 2.2 A/AA rules plus axe's best practices (headings, landmarks, regions).
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on `element` in the page and returns its violations, summarised. */
export async function axeViolations(element: Element) {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: tags } });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}
