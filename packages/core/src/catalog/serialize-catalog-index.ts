import { CATALOG_FORMAT, CATALOG_VERSION } from './parse-catalog-index.js';
import type { CatalogIndex } from './types.js';

/**
 * The text of an `index.json`: the index with its format and version, as `parseCatalogIndex`
 * and `createHttpCatalog` read it. Compact, since a browser downloads it whole.
 *
 * @example
 * writeFileSync('public/ladders/index.json', serializeCatalogIndex(buildCatalogIndex(ladders)));
 */
export function serializeCatalogIndex(index: CatalogIndex): string {
  return JSON.stringify({ format: CATALOG_FORMAT, version: CATALOG_VERSION, skills: index.skills });
}
