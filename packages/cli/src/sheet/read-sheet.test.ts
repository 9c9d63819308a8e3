import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../__fixtures__/io.js';
import { checkFile } from '../read-file.js';
import { writeLadder } from '../write-ladder.js';

const scratch = scratchFolder('sheets');
let n = 0;
const file = (text: string | Buffer, extension = 'csv') => {
  n += 1;
  const path = join(scratch, `sheet-${n}.${extension}`);
  writeFileSync(path, text);
  return path;
};

// Rows 1–9 the header block, row 10 empty, row 11 the table's header, its rows from row 12.
const HEADER = [
  'name,API Design',
  'domain,Engineering',
  'group,Backend',
  'keywords,REST,"gRPC, HTTP/2"',
  'updated,2026-05-04',
  'levels,junior,senior',
  'level names,Junior,Senior',
  'roles,backend,qa',
  'role names,Backend Engineer,QA Engineer',
  '',
  'skill,role,level,requirement,description',
];
const ROWS = [
  'api,backend,junior,required,Designs endpoints.',
  'api,backend,senior,required,Reviews every API.',
  'api,qa,junior,not-expected,',
  'api,qa,senior,optional,Tests the contracts.',
];
const csv = (rows = ROWS, eol = '\r\n') => [...HEADER, ...rows].join(eol) + eol;
const problems = async (path: string) =>
  (await checkFile(path, 'sheet.csv')).problems.map((p) => `${p.path}: ${p.message}`);
const ladderOf = async (path: string) => {
  const checked = await checkFile(path);
  expect(checked.problems).toEqual([]);
  return checked.ladders[0];
};

describe('reading a CSV sheet', () => {
  it('reads a byte order mark, CRLF or LF line ends alike', async () => {
    const crlf = await ladderOf(file(csv()));
    expect(crlf?.keywords).toEqual(['REST', 'gRPC, HTTP/2']);
    expect(await ladderOf(file(`\uFEFF${csv()}`))).toEqual(crlf);
    expect(await ladderOf(file(csv(ROWS, '\n')))).toEqual(crlf);
  });

  it('keeps quoted commas, quotes and line breaks of a description exactly', async () => {
    const rows = [...ROWS];
    rows[0] = 'api,backend,junior,required,"Designs endpoints, ""versioned"",\r\nand documented."';
    rows[1] = 'api,backend,senior,required,"Line one\nline two"';
    const ladder = await ladderOf(file(csv(rows)));
    expect(ladder?.cells[0]).toMatchObject({
      description: 'Designs endpoints, "versioned",\r\nand documented.',
    });
    expect(ladder?.cells[1]).toMatchObject({ description: 'Line one\nline two' });
  });

  it('keeps a formula as text, and takes away only the guard the writer adds', async () => {
    const rows = [...ROWS];
    rows[0] = 'api,backend,junior,required,"=HYPERLINK(""https://example.com"",""docs"")"';
    rows[1] = "api,backend,senior,required,'=1+1";
    rows[3] = "api,qa,senior,optional,'plain apostrophe";
    const ladder = await ladderOf(file(csv(rows)));
    expect(ladder?.cells.map((cell) => cell.description)).toEqual([
      '=HYPERLINK("https://example.com","docs")',
      '=1+1',
      undefined,
      "'plain apostrophe",
    ]);
  });

  it('skips empty rows, and rows of empty cells that a spreadsheet app saves', async () => {
    const rows = ['', ROWS[0], ',,,,', ROWS[1], '', ROWS[2], ROWS[3], ',,,,', ''] as string[];
    expect(await ladderOf(file(csv(rows)))).toEqual(await ladderOf(file(csv())));
  });

  it('names the cell of an unknown requirement word, in a sentence', async () => {
    const rows = [...ROWS];
    rows[1] = 'api,backend,senior,mandatory,Reviews every API.';
    expect(await problems(file(csv(rows)))).toEqual([
      'D13: "mandatory" is not a requirement; write required, optional or not-expected.',
    ]);
  });

  it('names both rows of a duplicate', async () => {
    const path = file(csv([...ROWS, 'api,backend,junior,optional,Again.']));
    expect(await problems(path)).toEqual([
      'A16: This row repeats row 12 (skill "api", role "backend", level "junior"); keep one row per skill, role and level.',
    ]);
  });

  it('says which column is missing', async () => {
    const header = HEADER.map((line) =>
      line.startsWith('skill,') ? 'skill,role,level,description' : line,
    );
    const text = [
      ...header,
      ...ROWS.map((row) => row.replace(/,(required|optional|not-expected),/, ',')),
    ].join('\r\n');
    expect(await problems(file(text))).toEqual([
      'D11: The table\'s header row (row 11) has no "requirement" column; it needs skill, role, level, requirement, description.',
    ]);
  });

  it('lists every error, each at its cell, in reading order', async () => {
    const rows = [
      'api,backend,junior,required,',
      'api,backend,seniour,required,Reviews every API.',
      'api,qa,junior,not-expected,Has a description.',
      'api,qa,senior,sometimes,Tests the contracts.',
    ];
    const text = csv(rows).replace('updated,2026-05-04', 'updated,2026-13-01');
    expect(await problems(file(text))).toEqual([
      'B5: The date in updated is not a real calendar date: "2026-13-01".',
      'E12: The description is missing; it must be a non-empty string.',
      'C13: The level "seniour" is not in the header block\'s levels row (row 6); add it there, or correct the id.',
      'E14: The description must be left out: the cell is "not-expected", so the role has nothing to do at this level. Make the cell "optional" to describe what the role may do.',
      'D15: "sometimes" is not a requirement; write required, optional or not-expected.',
    ]);
  });

  it('says once which header rows are missing, not a wrong "skill id" for each', async () => {
    const text = ['skill,role,level,requirement,description', ...ROWS].join('\r\n');
    expect(await problems(file(text))).toEqual(
      ['levels', 'roles', 'name', 'domain', 'group', 'updated'].map((field) =>
        expect.stringMatching(new RegExp(`^A1: The header block has no "${field}" row: add a row`)),
      ),
    );
  });

  it('names an unclosed quote by its row', async () => {
    const text = csv([...ROWS.slice(0, 3), 'api,qa,senior,optional,"Tests the contracts.']);
    const found = await problems(file(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^A15: Row 15 could not be read as CSV: .*quote/i);
  });

  it('reads a 10 MB flat sheet of many skills as a stream', async () => {
    const skills = 2200;
    const description = 'Designs, reviews and documents the interfaces of the team; '.repeat(20);
    const lines = [
      HEADER.slice(5, 9).join('\r\n'),
      '',
      'skill,name,domain,group,keywords,updated,role,level,requirement,description',
    ];
    for (let s = 0; s < skills; s += 1) {
      for (const role of ['backend', 'qa']) {
        for (const level of ['junior', 'senior']) {
          const first = role === 'backend' && level === 'junior';
          const fields = first ? `Skill ${s},Engineering,Backend,REST;gRPC,2026-05-04` : ',,,,';
          lines.push(`skill-${s},${fields},${role},${level},required,"${description}"`);
        }
      }
    }
    const path = file(lines.join('\r\n'));
    const checked = await checkFile(path);
    expect(checked.problems).toEqual([]);
    expect(checked.ladders).toHaveLength(skills);
    expect(checked.ladders[7]).toMatchObject({
      id: 'skill-7',
      name: 'Skill 7',
      keywords: ['REST', 'gRPC'],
    });
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
    expect(size).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('reading an xlsx workbook', () => {
  const rowsOf = (text: string) =>
    text
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));

  it('writes every text as a string cell, never a formula', async () => {
    const path = join(scratch, 'strings.xlsx');
    const ladder = await ladderOf(file(csv()));
    if (!ladder) throw new Error('no ladder');
    const cells = ladder.cells.map((cell, i) =>
      cell.requirement === 'not-expected'
        ? cell
        : { ...cell, description: ['=1+1', '+SUM(A1)', '@cmd', '-x'][i] ?? '' },
    );
    await writeLadder({ ...ladder, cells }, path, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Cells');
    for (const row of [2, 3, 5]) {
      const cell = sheet?.getCell(`E${row}`);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
    }
    expect((await ladderOf(path))?.cells).toEqual(cells);
  });

  it('reads a formula cell as its text, unevaluated', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const row of rowsOf(csv())) sheet.addRow(row);
    sheet.getCell('E12').value = {
      formula: 'HYPERLINK("https://example.com","docs")',
      result: 'docs',
    };
    const path = join(scratch, 'formula.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await ladderOf(path))?.cells[0]).toMatchObject({
      description: '=HYPERLINK("https://example.com","docs")',
    });
  });

  it('reads a typed date as YYYY-MM-DD', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const row of rowsOf(csv())) sheet.addRow(row);
    sheet.getCell('B5').value = new Date(Date.UTC(2026, 4, 4));
    sheet.getCell('B5').numFmt = 'yyyy-mm-dd';
    const path = join(scratch, 'date.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await ladderOf(path))?.updated).toBe('2026-05-04');
  });

  it('says how to fix merged cells: each row of a merged role is named', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Framework');
    for (const row of rowsOf(csv())) sheet.addRow(row);
    sheet.mergeCells('B12:B13');
    const path = join(scratch, 'merged.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await problems(path)).toEqual([
      'Framework!B13: The role is empty; every row needs a skill, a role and a level. (A merged cell keeps its text only in its first row: unmerge it and fill in every row.)',
    ]);
  });

  it('names a cell of the Ladder sheet by its sheet', async () => {
    const path = join(scratch, 'ladder-sheet.xlsx');
    const ladder = await ladderOf(file(csv()));
    if (!ladder) throw new Error('no ladder');
    await writeLadder(ladder, path, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const names = workbook.getWorksheet('Ladder')?.getCell('C7');
    if (names) names.value = '';
    await workbook.xlsx.writeFile(path);
    expect(await problems(path)).toEqual([
      'Ladder!C7: The level name is missing; it must be a non-empty string.',
    ]);
  });
});
