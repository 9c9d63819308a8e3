// The spreadsheet shape of a ladder (see the package README): a header block of `field, value…`
// rows, then a table with one row per role × level. These names are the shape's vocabulary,
// shared by the reader and the writer.

/** Header-block fields that hold one text in column B. */
export const TEXT_FIELDS = ['name', 'domain', 'group', 'updated', 'lang'] as const;
/** Header-block fields that hold a list, one item per cell from column B on. */
export const LIST_FIELDS = [
  'keywords',
  'levels',
  'level names',
  'roles',
  'role names',
  'translations',
] as const;
/**
 * Header-block rows that may repeat, one per alignment to a public taxonomy:
 * `alignment, framework, target, name, kind, relation` for the skill, and
 * `role alignment, role id, framework, target, name, kind, relation` for a role.
 */
export const ALIGNMENT_ROWS = ['alignment', 'role alignment'] as const;
/** The cells of an alignment row, from column B (after the role id in a role's row). */
export const ALIGNMENT_CELLS = ['framework', 'target', 'name', 'kind', 'relation'] as const;
/** Fields that may carry a translation as `field@tag` (`name@zh-CN`). */
export const TRANSLATED_FIELDS = [
  'name',
  'domain',
  'group',
  'keywords',
  'level names',
  'role names',
] as const;
/** The table's columns every sheet has. */
export const TABLE_COLUMNS = ['skill', 'role', 'level', 'requirement', 'description'] as const;
/**
 * Columns a "flat" sheet of many skills may add, one value per skill (on its first row, or on
 * every row alike); `keywords` are separated by semicolons there.
 */
export const SKILL_COLUMNS = ['name', 'domain', 'group', 'keywords', 'updated', 'lang'] as const;

/** `field@tag` split in two: the field (lower case, single spaces) and the tag as written. */
export function splitKey(text: string): { field: string; tag?: string } {
  const at = text.indexOf('@');
  const field = (at < 0 ? text : text.slice(0, at)).trim().toLowerCase().replace(/\s+/g, ' ');
  if (at < 0) return { field };
  return { field, tag: text.slice(at + 1).trim() };
}
