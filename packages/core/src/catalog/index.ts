// A subpath of its own (`@skill-ladder/core/catalog`), so that a page that shows one bundled
// ladder pays nothing for catalogs.
export { buildCatalogIndex } from './build-catalog-index.js';
export type { BuildCatalogIndexOptions } from './build-catalog-index.js';
export { CatalogError, catalogErrorMessage } from './catalog-error.js';
export { createHttpCatalog } from './http-catalog.js';
export type { CatalogFetch, HttpCatalogOptions } from './http-catalog.js';
export { createMemoryCatalog } from './memory-catalog.js';
export { parseCatalogIndex } from './parse-catalog-index.js';
export type { ParseCatalogIndexResult } from './parse-catalog-index.js';
export { serializeCatalogIndex } from './serialize-catalog-index.js';
export type {
  Catalog,
  CatalogErrorDetails,
  CatalogErrorKind,
  CatalogIndex,
  CatalogLoadOptions,
  CatalogSkill,
  CatalogSkillTranslation,
} from './types.js';
