import { describe, expect, it } from 'vitest';
import { alignedMlPipelines, ESCO_AI_ENGINEER } from '../__fixtures__/ladder-aligned.js';
import { incidentResponse } from '../__fixtures__/ladder-v2.js';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import { localizeLadder } from '../localize-ladder.js';
import { createTranslator } from '../messages/translator.js';
import type { Ladder } from '../types.js';
import { guardFormula, toCsv, unguardFormula } from './to-csv.js';
import { toMarkdown } from './to-markdown.js';

// An RFC 4180 reader, for the round trip only.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

const tricky: Ladder = {
  ...mlPipelines,
  cells: mlPipelines.cells.map((cell, i) =>
    i === 0
      ? { ...cell, description: 'Says "hi", then\r\nbreaks a line, and uses a, comma.' }
      : i === 1
        ? { ...cell, description: '=HYPERLINK("http://example.invalid")' }
        : cell,
  ),
};

describe('toCsv', () => {
  it('writes one row per cell that reads back to the same cells (round trip)', () => {
    const [header, ...rows] = parseCsv(toCsv(mlPipelines));
    expect(header).toEqual([
      'skill',
      'role',
      'role_name',
      'level',
      'level_name',
      'requirement',
      'description',
    ]);
    expect(rows).toHaveLength(30);
    const cells = rows.map(([, role, , level, , requirement, description]) => ({
      role,
      level,
      requirement,
      description,
    }));
    expect(new Set(cells.map((c) => JSON.stringify(c)))).toEqual(
      new Set(
        mlPipelines.cells.map((c) =>
          JSON.stringify({
            role: c.role,
            level: c.level,
            requirement: c.requirement,
            description: c.description,
          }),
        ),
      ),
    );
    expect(rows[0]?.slice(0, 5)).toEqual([
      'ml-pipelines',
      'computer-vision-engineer',
      'Computer Vision Engineer',
      'junior',
      'Junior',
    ]);
  });

  it('quotes commas, quotes and line breaks, and keeps them through the round trip', () => {
    const rows = parseCsv(toCsv(tricky, { guardFormulas: false }));
    expect(rows.find((r) => r[1] === 'computer-vision-engineer' && r[3] === 'junior')?.[6]).toBe(
      'Says "hi", then\r\nbreaks a line, and uses a, comma.',
    );
  });

  it('guards formulas for spreadsheets by default, and adds a BOM on request', () => {
    const csv = toCsv(tricky, { bom: true });
    expect(csv.startsWith('\uFEFFskill,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('guards so that a reader gets every description back exactly, apostrophes too', () => {
    const texts = ["'=1+1", "''-2", '=1+1', '-2', "'plain apostrophe", '@here', 'plain'];
    const ladder: Ladder = {
      ...tricky,
      cells: texts.map((description, i) => ({
        role: tricky.roles[0]?.id ?? '',
        level: tricky.levels[i % tricky.levels.length]?.id ?? '',
        requirement: 'required',
        description,
      })),
    };
    const read = parseCsv(toCsv(ladder))
      .slice(1)
      .map((row) => unguardFormula(row[6] ?? ''));
    expect(read.toSorted()).toEqual(texts.toSorted());
    expect(texts.map((text) => unguardFormula(guardFormula(text)))).toEqual(texts);
  });
});

describe('toMarkdown', () => {
  it('writes the profile and one table per level', () => {
    const markdown = toMarkdown(mlPipelines);
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# ML Pipelines',
      '',
      'Machine Learning & AI › MLOps · Updated Mar 17, 2026',
    ]);
    expect(markdown.match(/^## /gm)).toHaveLength(5);
    expect(markdown).toContain(
      '| ML Engineer | Required | Designs ML pipeline architecture. Optimizes pipeline execution (caching, parallel steps). Configures CI/CD for pipeline deployment. Ensures reproducibility. |',
    );
  });

  it('writes one level, in another language, with markup escaped as text', () => {
    const hostile = {
      ...mlPipelines,
      cells: mlPipelines.cells.map((c) => ({ ...c, description: '<img src=x> | *bold*' })),
    };
    const markdown = toMarkdown(hostile, { level: 'lead', translator: createTranslator('zh-CN') });
    expect(markdown).toContain('## 主管的期望');
    expect(markdown.match(/^## /gm)).toHaveLength(1);
    expect(markdown).toContain('| 必要 | \\<img src=x\\> \\| \\*bold\\* |');
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('exports of a ladder with not-expected cells (format v2)', () => {
  it('writes a not-expected cell in CSV as its requirement with an empty description', () => {
    const rows = parseCsv(toCsv(incidentResponse)).slice(1);
    expect(rows).toHaveLength(15);
    expect(rows.filter((r) => r[5] === 'not-expected')).toEqual([
      ['incident-response', 'data-analyst', 'Data Analyst', 'junior', 'Junior', 'not-expected', ''],
      [
        'incident-response',
        'qa-engineer',
        'QA Engineer',
        'principal',
        'Principal',
        'not-expected',
        '',
      ],
    ]);
    expect(rows.every((r) => r[5] === 'not-expected' || r[6] !== '')).toBe(true);
  });

  it('says "Not expected" in Markdown, with an empty description', () => {
    const markdown = toMarkdown(incidentResponse, { level: 'junior' });
    expect(markdown).toContain('| Data Analyst | Not expected |  |');
    expect(markdown).toContain(
      '| QA Engineer | Optional | Reproduces a reported fault with a test. |',
    );
  });

  it('writes the localized ladder it is given, fallbacks included', () => {
    const zh = localizeLadder(incidentResponse, 'zh-CN');
    const markdown = toMarkdown(zh, { level: 'principal', translator: createTranslator('zh-CN') });
    expect(markdown.split('\n')[0]).toBe('# 事故响应');
    expect(markdown).toContain('工程运维 › Reliability');
    expect(markdown).toContain('| QA Engineer | 不作要求 |  |');
    expect(markdown).toContain('| 数据分析师 | 必要 | Decides which signals define an incident. |');
    const csv = parseCsv(toCsv(zh));
    expect(csv.find((r) => r[1] === 'backend-engineer' && r[3] === 'junior')?.slice(2, 7)).toEqual([
      '后端工程师',
      'junior',
      '初级',
      'required',
      '事故期间按照运行手册操作，并报告所见情况。',
    ]);
  });
});

describe('exports of a ladder with alignments', () => {
  it('adds the skill and role alignments to every CSV row as the JSON of the ladder file', () => {
    const [header, ...rows] = parseCsv(toCsv(alignedMlPipelines));
    expect(header?.slice(7)).toEqual(['skill_alignments', 'role_alignments']);
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      expect(JSON.parse(row[7]!)).toEqual(alignedMlPipelines.alignments);
      const role = alignedMlPipelines.roles.find((r) => r.id === row[1]);
      expect(row[8] === '' ? undefined : JSON.parse(row[8]!)).toEqual(role?.alignments);
    }
    expect(rows.filter((r) => r[8] !== '').map((r) => r[1])).toEqual([
      ...Array<string>(5).fill('data-scientist'),
      ...Array<string>(5).fill('ml-engineer'),
    ]);
  });

  it('keeps the CSV of a ladder without alignments as it was', () => {
    expect(parseCsv(toCsv(mlPipelines))[0]).toHaveLength(7);
  });

  it("links the alignments in Markdown, the roles' under the skill's", () => {
    const markdown = toMarkdown(alignedMlPipelines, { level: 'junior' });
    expect(markdown).toContain(
      `\nAligned with: [ESCO: artificial intelligence engineer](${ESCO_AI_ENGINEER}), [O\\*NET: Data Scientists](https://www.onetonline.org/link/summary/15-2051.00)\n\n- Data Scientist: [O\\*NET: 15-2051.00](https://www.onetonline.org/link/summary/15-2051.00)\n- ML Engineer: [ESCO: artificial intelligence engineer](${ESCO_AI_ENGINEER})\n\n## Expected at Junior`,
    );
    const zh = toMarkdown(alignedMlPipelines, { translator: createTranslator('zh-CN') });
    expect(zh).toContain('\n对标: [ESCO: artificial intelligence engineer]');
  });

  it('never lets an alignment write Markdown or a link that is not http(s)', () => {
    const hostile: Ladder = {
      ...mlPipelines,
      alignments: [
        { framework: 'sfia', target: 'javascript:alert(1)', name: '[x](javascript:alert(1))' },
        { framework: 'sfia', target: 'https://example.org/a)b<c', name: '<b>bold</b>' },
      ],
    };
    const line = toMarkdown(hostile)
      .split('\n')
      .find((l) => l.startsWith('Aligned with'));
    expect(line).toBe(
      'Aligned with: sfia: \\[x\\](javascript:alert(1)), [sfia: \\<b\\>bold\\</b\\>](https://example.org/a%29b%3Cc)',
    );
  });
});
