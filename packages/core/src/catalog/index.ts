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
export { searchCatalog } from './search-catalog.js';
export type {
  CatalogSearchDomain,
  CatalogSearchGroup,
  CatalogSearchOptions,
  CatalogSearchResult,
} from './search-catalog.js';
export { catalogRoles, roleProfile } from './role-profile.js';
export type {
  CatalogRole,
  CatalogRoleProfile,
  RoleProfileChanges,
  RoleProfileRow,
  RoleProfileStep,
} from './role-profile.js';
export { catalogSkillTexts } from './skill-texts.js';
export type { CatalogSkillTexts } from './skill-texts.js';
