// Only the writers the Export menu offers, so that its chunk leaves out the CTDL-ASN writer
// (and the sentence splitter it needs) that `@skill-ladder/core/export` also ships.
export { toCsv, toMarkdown } from '@skill-ladder/core/export';
