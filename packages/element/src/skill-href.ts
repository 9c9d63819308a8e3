import type { CatalogSkill } from '@skill-ladder/core/catalog';

/**
 * A `skill-href` attribute as a link maker: `{id}` becomes the skill's id, URL-encoded
 * (`/framework?skill={id}`). Without the attribute, skills are buttons that send `skillselect`.
 */
export function skillHref(template: string | undefined) {
  if (template === undefined) return undefined;
  return (skill: CatalogSkill) => template.replaceAll('{id}', encodeURIComponent(skill.id));
}
