import '@skill-ladder/react/styles.css';
import '@skill-ladder/react/catalog.css';
import '../../packages/react/src/assessment.css';
import { assessmentKey, assessmentProgress } from '@skill-ladder/core/assessment';
import { createMemoryCatalog } from '@skill-ladder/core/catalog';
import { LadderRoot } from '@skill-ladder/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { sampleLadders } from '../../samples/catalog/sample-ladders';
import {
  LevelComparison,
  ProgressChart,
  SkillRadar,
} from '../../packages/react/src/assessment/views';
import {
  manySkills,
  manySkillsAssessments,
  markedAssessment,
  storageHolding,
  radarStorage,
  releaseSample,
  yesThrough,
} from '../../stories/assessment-views/assessment-fixtures';
import { axeViolations } from './axe';
import { overflowingElements } from './layout';

afterEach(async () => {
  vi.restoreAllMocks();
  await page.viewport(1280, 800);
});

const schemes = ['light', 'dark'] as const;
const role = 'backend-engineer';
const progress = assessmentProgress(
  releaseSample,
  markedAssessment(releaseSample, role, {
    junior: ['yes', 'yes'],
    middle: ['yes', 'partly', 'not-yet'],
  }),
  role,
);
const sample = (id: string) => sampleLadders.find((l) => l.id === id)!;
const catalog = createMemoryCatalog(sampleLadders);

const radarReady = () =>
  vi.waitFor(
    () => expect(document.querySelector('polygon[data-part="estimated"]')).not.toBeNull(),
    { timeout: 25_000 },
  );

function labelsInside(svg: SVGSVGElement) {
  const frame = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('[data-part="label"]')];
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels as SVGTextElement[]) {
    const box = label.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(frame.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(frame.right + 0.5);
    // Each label runs away from the radar: right of its point at the right, left of it at the left.
    const x = Number(label.getAttribute('x'));
    const drawn = label.getBBox();
    const anchor = label.getAttribute('text-anchor');
    if (anchor === 'start') expect(drawn.x).toBeGreaterThanOrEqual(x - 2);
    if (anchor === 'end') expect(drawn.x + drawn.width).toBeLessThanOrEqual(x + 2);
  }
}

describe('LevelComparison in Chromium', () => {
  it.each(schemes)('passes axe in the %s scheme', async (theme) => {
    await page.viewport(1024, 800);
    const { container } = render(
      <LadderRoot skill="ml-pipelines" defaultLevel="middle" theme={theme}>
        <LevelComparison />
      </LadderRoot>,
    );
    const root = container.firstElementChild as HTMLElement;
    await page.screenshot({
      path: `../../screenshots/level-comparison-${theme}.png`,
      element: root,
    });
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is used by keyboard: Tab to each level picker, arrows change the comparison', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <LadderRoot ladder={releaseSample} defaultLevel="junior">
          <LevelComparison />
        </LadderRoot>
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(from).toHaveFocus();
    await user.tab();
    const to = screen.getByRole('combobox', { name: 'To' });
    expect(to).toHaveFocus();
    expect(getComputedStyle(to).outlineStyle).toBe('solid');
    await user.selectOptions(to, 'senior');
    expect(screen.getByText('From Junior to Senior')).toBeVisible();
    expect(
      within(screen.getByRole('article', { name: 'Backend Engineer' })).getAllByText('Gone'),
    ).toHaveLength(2);
  });

  it('stacks the two texts at 320 px, each labelled with its level, with nothing spilling', async () => {
    await page.viewport(320, 900);
    const { container } = render(
      <LadderRoot ladder={releaseSample} defaultLevel="middle" locale="zh-CN">
        <LevelComparison />
      </LadderRoot>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(overflowingElements(root)).toEqual([]);
    const [text] = root.querySelectorAll('[data-slot="level-comparison-text"]');
    expect(getComputedStyle(text as Element).display).toBe('block');
    expect(getComputedStyle(text as Element, '::before').content).toBe('"中级：" / ""');
    await page.screenshot({ path: '../../screenshots/level-comparison-320-zh.png', element: root });
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('the views in print', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  });

  it('print both levels with no pickers or buttons, and the charts in black on white', async () => {
    render(
      <LadderRoot ladder={releaseSample} defaultLevel="middle" theme="dark">
        <LevelComparison />
        <ProgressChart progress={progress} currentLevel="middle" />
      </LadderRoot>,
    );
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    await vi.waitFor(() => expect(matchMedia('print').matches).toBe(true));
    const toolbar = document.querySelector('[data-slot="level-comparison-toolbar"]') as Element;
    expect(getComputedStyle(toolbar).display).toBe('none');
    expect(screen.getByText('From Middle to Senior')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download SVG' })).toBeNull();
    // Both columns, the two texts of a reworded expectation included.
    const reworded = screen.getAllByRole('row').find((row) => row.dataset.change === 'reworded');
    expect(reworded?.children).toHaveLength(3);
    const yes = document.querySelector('[data-part="yes"]') as Element;
    const track = document.querySelector('[data-part="track"]') as Element;
    const hatch = document.querySelector('[data-part="partly-hatch"]') as Element;
    expect(getComputedStyle(yes).fill).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(track).fill).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(hatch).stroke).toBe('rgb(0, 0, 0)');
    await page.screenshot({
      path: '../../screenshots/assessment-views-print.png',
      element: document.body.firstElementChild as HTMLElement,
    });
  });
});

describe('ProgressChart in Chromium', () => {
  it.each(schemes)('passes axe in the %s scheme and fits 320 px', async (theme) => {
    await page.viewport(320, 900);
    const { container } = render(
      <LadderRoot ladder={releaseSample} theme={theme}>
        <ProgressChart progress={progress} currentLevel="middle" targetLevel="senior" />
      </LadderRoot>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    // The data table is clipped to nothing on screen, for screen readers only.
    const hidden = root.querySelector('[data-slot="chart-table"]') as HTMLElement;
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(overflowingElements(root).filter((el) => !hidden.contains(el))).toEqual([]);
    // The drawing takes its colours from the tokens.
    const yes = root.querySelector('[data-part="yes"]') as SVGRectElement;
    expect(getComputedStyle(yes).fill).toBe(
      theme === 'light' ? 'rgb(17, 99, 41)' : 'rgb(86, 211, 100)',
    );
    await page.screenshot({ path: `../../screenshots/progress-chart-${theme}.png`, element: root });
    expect(await axeViolations(root)).toEqual([]);
  });

  it('downloads itself as an SVG that stands alone and as a PNG at twice its size', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const created = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return created(blob);
    });
    const saved: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this);
    });
    render(
      <LadderRoot ladder={releaseSample} theme="dark">
        <ProgressChart progress={progress} currentLevel="middle" fileName="my-progress" />
      </LadderRoot>,
    );
    await user.click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(saved.map((link) => link.download)).toEqual(['my-progress.svg']);
    const svg = blobs.at(-1) as Blob;
    expect(svg.type).toBe('image/svg+xml');
    const text = await svg.text();
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Standalone: colours inlined (the dark scheme's), no classes or page variables, a background.
    expect(text).toContain('fill="rgb(86, 211, 100)"');
    expect(text).toContain('fill="rgb(13, 17, 23)"');
    expect(text).not.toMatch(/var\(|class=|aria-describedby/);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2), { timeout: 25_000 });
    expect(saved[1]?.download).toBe('my-progress.png');
    const png = blobs.at(-1) as Blob;
    expect(png.type).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const image = await createImageBitmap(png);
    const box = (document.querySelector('[data-slot="chart-svg"]') as SVGSVGElement).viewBox
      .baseVal;
    expect([image.width, image.height]).toEqual([box.width * 2, box.height * 2]);
  });
});

describe('SkillRadar in Chromium', () => {
  it.each(schemes)('passes axe in the %s scheme', async (theme) => {
    await page.viewport(900, 800);
    const { container } = render(
      <SkillRadar
        catalog={catalog}
        careerRole={role}
        level="lead"
        storage={radarStorage()}
        theme={theme}
      />,
    );
    await radarReady();
    const root = container.firstElementChild as HTMLElement;
    await page.screenshot({ path: `../../screenshots/skill-radar-${theme}.png`, element: root });
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keeps its labels inside the drawing in a right-to-left page', async () => {
    const { container } = render(
      <div dir="rtl">
        <SkillRadar catalog={catalog} careerRole={role} level="lead" storage={radarStorage()} />
      </div>,
    );
    await radarReady();
    labelsInside(container.querySelector('[data-slot="chart-svg"]') as SVGSVGElement);
  });

  it('reads localStorage by default, and again when another tab changes it', async () => {
    const key = assessmentKey('code-review');
    const stored = (level: string) =>
      JSON.stringify(
        markedAssessment(
          sample('code-review'),
          role,
          yesThrough(sample('code-review'), role, level),
        ),
      );
    localStorage.setItem(key, stored('middle'));
    try {
      render(<SkillRadar catalog={catalog} careerRole={role} level="lead" />);
      const row = await screen.findByRole('row', { name: /^Code Review/ });
      await vi.waitFor(() => expect(row).toHaveTextContent('Code ReviewLeadMiddle'));
      localStorage.setItem(key, stored('lead'));
      window.dispatchEvent(new StorageEvent('storage', { key }));
      await vi.waitFor(() => expect(row).toHaveTextContent('Code ReviewLeadLead'));
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('fits 320 px with thirty spokes, labels cut and whole in the table', async () => {
    await page.viewport(320, 800);
    const { container } = render(
      <SkillRadar
        catalog={createMemoryCatalog(manySkills)}
        careerRole="platform-engineer"
        level="lead"
        storage={storageHolding(manySkillsAssessments)}
      />,
    );
    await radarReady();
    const root = container.firstElementChild as HTMLElement;
    expect(root.querySelectorAll('[data-part="spoke"]')).toHaveLength(30);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(overflowingElements(root)).toEqual([]);
    labelsInside(root.querySelector('[data-slot="chart-svg"]') as SVGSVGElement);
    expect(
      screen.getByRole('rowheader', { name: 'Disaster Recovery and Business Continuity' }),
    ).toBeInTheDocument();
    await page.screenshot({ path: '../../screenshots/skill-radar-30-320.png', element: root });
    expect(await axeViolations(root)).toEqual([]);
  });
});
