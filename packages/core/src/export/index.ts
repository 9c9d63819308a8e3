// A subpath of its own (`@skill-ladder/core/export`), so that a page pays for the writers only
// when someone downloads: the React Export menu loads this module on demand.
export { guardFormula, toCsv, unguardFormula } from './to-csv.js';
export type { CsvOptions } from './to-csv.js';
export { toMarkdown } from './to-markdown.js';
export type { MarkdownOptions } from './to-markdown.js';
export { toCtdlAsn } from './to-ctdl-asn.js';
export type { CtdlAsnDocument, CtdlAsnNode, CtdlAsnOptions } from './to-ctdl-asn.js';
