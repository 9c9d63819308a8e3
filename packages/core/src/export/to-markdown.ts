import { createTranslator, type Translator } from '../messages/translator.js';
import type { Ladder } from '../types.js';
import { levelRows } from '../views/level-rows.js';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** Only this level; every level when left out. */
  readonly level?: string;
  /** Labels and wording; English when left out. */
  readonly translator?: Translator;
}

// Ladder text is data: characters that Markdown or HTML would read as syntax are escaped.
const escape = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]{}<>|#!~]/g, '\\$&');

/**
 * The ladder as a Markdown document: its profile, then a table per level (or for one level)
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
