'use client';

export { SkillCatalog } from './skill-catalog.js';
export type { SkillCatalogProps } from './skill-catalog.js';
export { RoleProfile } from './role-profile.js';
export type { RoleProfileProps } from './role-profile.js';
export type { CatalogPartProps } from './catalog-root.js';
export type { SkillTarget } from './catalog-results.js';
