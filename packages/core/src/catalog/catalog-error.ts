import type { Translator } from '../messages/translator.js';
import type { MessageKey } from '../messages/types.js';
import type { CatalogErrorDetails, CatalogErrorKind } from './types.js';

const quote = (text: string) => JSON.stringify(text);

// The index fields a file can disagree with, each named by a `catalog.field.*` message.
const FIELDS = new Set([
  'id',
  'name',
  'domain',
  'group',
  'lang',
  'levels',
  'roles',
  'requirements',
]);

function englishMessage(details: CatalogErrorDetails): string {
  switch (details.kind) {
    case 'network':
      return `The request for ${details.url} failed: ${details.reason}`;
    case 'http-status':
      return `The server answered ${details.url} with HTTP status ${details.status}.`;
    case 'invalid-json':
      return `${details.url} is not valid JSON${details.position === undefined ? '' : ` (at character ${details.position + 1})`}: ${details.reason}`;
    case 'invalid-index':
      return `The catalog index ${details.url} is not valid:\n${details.errors.map((e) => e.message).join('\n')}`;
    case 'invalid-ladder':
      return `The ladder of the skill ${quote(details.skillId)} (${details.url}) is not valid:\n${details.errors.map((e) => e.message).join('\n')}`;
    case 'unknown-skill':
      return `There is no skill ${quote(details.skillId)} in this catalog. Known skill ids: ${details.knownIds.length > 0 ? details.knownIds.map(quote).join(', ') : 'none'}.`;
    case 'index-mismatch':
      return `The ladder file ${details.url} does not match the catalog index entry of the skill ${quote(details.skillId)}: its ${details.fields.join(', ')} differ.`;
    default:
      return details satisfies never;
  }
}

/**
 * Why a catalog could not load its index or a ladder: `kind` says which failure, `details`
 * carries what a host needs to show or log it (URL, HTTP status, JSON position, ladder errors
 * with paths), and `message` says it in plain English. `catalogErrorMessage` translates it.
 *
 * @example
 * try { await catalog.loadLadder('ml-pipelines'); }
 * catch (error) { if (error instanceof CatalogError && error.kind === 'http-status') retryLater(); }
 */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly details: CatalogErrorDetails;

  constructor(details: CatalogErrorDetails, options?: { cause?: unknown }) {
    super(englishMessage(details), options);
    this.details = details;
  }

  get kind(): CatalogErrorKind {
    return this.details.kind;
  }
}

/**
 * A catalog error as one sentence in the translator's locale (the problems of an invalid index
 * or ladder are in `error.details.errors`, in English, each with its path).
 *
 * @example
 * catalogErrorMessage(error, createTranslator('zh-CN')) // '/ladders/x.json 返回了 HTTP 状态 404。'
 */
export function catalogErrorMessage(error: CatalogError, t: Translator): string {
  const details = error.details;
  switch (details.kind) {
    case 'network':
      return t.message('catalog.network', { url: details.url });
    case 'http-status':
      return t.message('catalog.httpStatus', { url: details.url, status: String(details.status) });
    case 'invalid-json':
      return details.position === undefined
        ? t.message('catalog.invalidJson', { url: details.url })
        : t.message('catalog.invalidJsonAt', {
            url: details.url,
            // `position` is an offset; a reader counts characters from 1.
            position: details.position + 1,
          });
    case 'invalid-index':
      return t.message('catalog.invalidIndex', { url: details.url, count: details.errors.length });
    case 'invalid-ladder':
      return t.message('catalog.invalidLadder', {
        id: details.skillId,
        count: details.errors.length,
      });
    case 'unknown-skill':
      return t.message('catalog.unknownSkill', { id: details.skillId });
    case 'index-mismatch':
      return t.message('catalog.indexMismatch', {
        id: details.skillId,
        fields: new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(
          details.fields.map((field) =>
            FIELDS.has(field) ? t.message(`catalog.field.${field}` as MessageKey) : field,
          ),
        ),
      });
    default:
      return details satisfies never;
  }
}
