// The catalog part of `pnpm bench` (bench/catalog.tsx, 500 generated skills, production React):
// SkillCatalog's search, one keystroke to the updated list (issue 14: at most 16 ms median), and
// RoleProfile's first paint from the index and its long tasks while the ladders stream in.

const ROUNDS = 5;
const PROFILES = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const round = (n) => Math.round(n * 100) / 100;

/** Runs the catalog benchmarks on a new page of `context`; resolves with the figures. */
export async function benchCatalogUi(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}/catalog.html`);
  await page.waitForFunction(() => 'catalogBench' in window);
  await page.bringToFront();

  // Words from the generated names and keywords, typed one character at a time and deleted
  // the same way, so each keystroke narrows or widens the list as people type.
  const words = await page.evaluate(() => {
    window.catalogBench.mountCatalog();
    const names = [...document.querySelectorAll('[data-slot="skill-link"]')].map((a) =>
      a.textContent.toLowerCase(),
    );
    return [names[0], names[120], names[333]].map((name) => name.split(' ')[0]).concat('ops');
  });
  const queries = words.flatMap((word) => {
    const typed = [...word].map((_, i) => word.slice(0, i + 1));
    return [...typed, ...typed.slice(0, -1).reverse(), ''];
  });

  const updated = [];
  const withFrame = [];
  for (let r = 0; r <= ROUNDS; r += 1) {
    for (const query of queries) {
      const result = await page.evaluate((q) => window.catalogBench.keystroke(q), query);
      // The first round warms the JIT up and is left out.
      if (r > 0) {
        updated.push(result.updated);
        withFrame.push(result.updated + result.nextFrame);
      }
    }
  }

  const profiles = [];
  for (let i = 0; i <= PROFILES; i += 1) {
    const profile = await page.evaluate(() => window.catalogBench.roleProfile(6));
    if (i > 0) profiles.push(profile);
  }
  await page.close();

  const pick = (key) => round(median(profiles.map((p) => p[key])));
  return {
    search: {
      skills: 500,
      keystrokes: updated.length,
      words,
      medianUpdated: round(median(updated)),
      p90Updated: round(percentile(updated, 0.9)),
      medianWithNextFrame: round(median(withFrame)),
      p90WithNextFrame: round(percentile(withFrame, 0.9)),
    },
    roleProfile: {
      runs: profiles.length,
      skills: profiles[0].skills,
      concurrency: 6,
      firstPaint: pick('firstPaint'),
      allLoaded: pick('allLoaded'),
      longTasks: pick('longTasks'),
      longestTask: pick('longestTask'),
      worstFrameGap: pick('worstFrameGap'),
    },
  };
}

/** The figures as Markdown. */
export function catalogUiTable({ search, roleProfile }) {
  const ms = (n) => n.toFixed(1);
  return [
    `SkillCatalog over ${search.skills} skills: one keystroke (an input event) until the list shows its results, laid out; ${search.keystrokes} keystrokes typing and deleting ${search.words.map((w) => `"${w}"`).join(', ')}.`,
    '',
    '| keystroke → list updated: median (≤ 16 ms) | p90 | with the next frame rendered: median | p90 |',
    '| ---: | ---: | ---: | ---: |',
    `| ${ms(search.medianUpdated)} | ${ms(search.p90Updated)} | ${ms(search.medianWithNextFrame)} | ${ms(search.p90WithNextFrame)} |`,
    '',
    `RoleProfile of the role in most skills (${roleProfile.skills} of 500), ladders arriving in 2–20 ms each, ${roleProfile.concurrency} at once; medians of ${roleProfile.runs} runs.`,
    '',
    '| first paint from the index, ms | every description loaded, ms | long tasks (> 50 ms) meanwhile | longest task, ms | worst gap between frames, ms |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${ms(roleProfile.firstPaint)} | ${ms(roleProfile.allLoaded)} | ${roleProfile.longTasks} | ${ms(roleProfile.longestTask)} | ${ms(roleProfile.worstFrameGap)} |`,
  ].join('\n');
}
