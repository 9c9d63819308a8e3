import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Ladder } from '@skill-ladder/core';
import { toCtdlAsn, toMarkdown, type CtdlAsnOptions } from '@skill-ladder/core/export';
import { ladderCsv } from './sheet/csv.js';

/** The formats `convert` writes. */
export const OUTPUT_FORMATS = ['json', 'csv', 'xlsx', 'markdown', 'ctdl-asn'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonld': 'ctdl-asn',
};

/** The output format of a file name, from its extension; undefined when it names none. */
export function formatOf(path: string): OutputFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** The ladder as the text of a format (every format but xlsx, which is binary). */
export function ladderText(
  ladder: Ladder,
  format: Exclude<OutputFormat, 'xlsx'>,
  options: CtdlAsnOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(ladder, null, 2)}\n`;
    case 'csv':
      return ladderCsv(ladder);
    case 'markdown':
      return toMarkdown(ladder);
    case 'ctdl-asn':
      return `${JSON.stringify(toCtdlAsn(ladder, options), null, 2)}\n`;
    default:
      return format satisfies never;
  }
}

/**
 * Writes the ladder in a format to `path`, through a temporary file beside it that is renamed
 * into place at the end: a failed write leaves no file, and an earlier file stays whole.
 *
 * @example
 * await writeLadder(ladder, 'ml-pipelines.xlsx', 'xlsx');
 */
export async function writeLadder(
  ladder: Ladder,
  path: string,
  format: OutputFormat,
  options: CtdlAsnOptions = {},
) {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (format === 'xlsx') {
      // exceljs takes about a second to load: only for a workbook.
      const { writeLadderXlsx } = await import('./sheet/xlsx.js');
      await writeLadderXlsx(ladder, temporary);
    } else await writeFile(temporary, ladderText(ladder, format, options));
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
