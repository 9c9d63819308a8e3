import { createTranslator, type Translator } from '../messages/translator.js';
import { alignmentUrl, frameworkLabel } from '../alignment.js';
import type { Alignment, Ladder } from '../types.js';
import { levelRows } from '../views/level-rows.js';

/**
 * Options of `toMarkdown`.
 *
 * @example
 * toMarkdown(ladder, { level: 'senior', translator: createTranslator('zh-CN') } satisfies MarkdownOptions);
 */
export interface MarkdownOptions {
  /** Only this level; every level when left out. */
  readonly level?: string;
  /** Labels and wording; English when left out. */
  readonly translator?: Translator;
}

// Ladder text is data: characters that Markdown or HTML would read as syntax are escaped.
const escape = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]{}<>|#!~]/g, '\\$&');

// `[ESCO: name](url)`: only an http(s) target is a link; characters that could end the
// destination are percent-encoded.
const links = (alignments: readonly Alignment[]) =>
  alignments
    .map((alignment) => {
      const text = escape(
        `${frameworkLabel(alignment.framework)}: ${alignment.name ?? alignment.target}`,
      );
      const url = alignmentUrl(alignment);
      return url
        ? `[${text}](${url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`
        : text;
    })
    .join(', ');

/**
 * The ladder as a Markdown document: its profile (with its alignments as links,
 * `[ESCO: name](url)`, and each aligned role's), then a table per level (or for one level)
 * of role, requirement and description (empty for a role not expected at that level). Pass
 * `localizeLadder(ladder, locale)` for the texts in another language.
 *
 * @example
 * toMarkdown(mlPipelines, { level: 'senior' }).split('\n')[0] // '# ML Pipelines'
 */
export function toMarkdown(ladder: Ladder, options: MarkdownOptions = {}): string {
  const t = options.translator ?? createTranslator('en');
  const levels = options.level
    ? ladder.levels.filter((l) => l.id === options.level)
    : ladder.levels;
  const roleName = new Map(ladder.roles.map((role) => [role.id, t.role(role)]));
  const lines = [
    `# ${escape(ladder.name)}`,
    '',
    `${escape(ladder.domain)} › ${escape(ladder.group)} · ${t.message('summary.updated', { date: t.date(ladder.updated) })}`,
  ];
  if (ladder.keywords.length > 0) {
    lines.push('', `${t.message('summary.keywords')}: ${ladder.keywords.map(escape).join(', ')}`);
  }
  const alignedRoles = ladder.roles.filter((role) => role.alignments?.length);
  if (ladder.alignments?.length || alignedRoles.length > 0) {
    lines.push(
      '',
      `${t.message('summary.alignedWith')}: ${links(ladder.alignments ?? [])}`.trimEnd(),
    );
    if (alignedRoles.length > 0) lines.push('');
    for (const role of alignedRoles) {
      lines.push(`- ${escape(roleName.get(role.id) ?? role.id)}: ${links(role.alignments ?? [])}`);
    }
  }
  for (const level of levels) {
    lines.push(
      '',
      `## ${escape(t.message('table.caption', { level: t.level(level) }))}`,
      '',
      `| ${t.message('table.role')} | ${t.message('table.requirement')} | ${t.message('table.description')} |`,
      '| --- | --- | --- |',
      ...levelRows(ladder, level.id).map(
        (cell) =>
          `| ${escape(roleName.get(cell.role) ?? cell.role)} | ${t.message(`requirement.${cell.requirement}`)} | ${cell.requirement === 'not-expected' ? '' : escape(cell.description)} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
