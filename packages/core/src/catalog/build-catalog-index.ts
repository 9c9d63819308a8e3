import type { Ladder, LadderTranslation, Requirement } from '../types.js';
import type { CatalogIndex, CatalogSkill, CatalogSkillTranslation } from './types.js';

/**
 * How `buildCatalogIndex` is told where each ladder's file is, for an HTTP catalog.
 *
 * @example
 * buildCatalogIndex(ladders, { file: (ladder) => `skills/${ladder.id}.json` });
 */
export interface BuildCatalogIndexOptions {
  /** The ladder's file, relative to the index; left out of the entry when it is `<id>.json`. */
  readonly file?: (ladder: Ladder) => string;
}

/** Each role's requirement at each level, in level order: what the index says of a ladder. */
function requirementsOf(ladder: Ladder): Record<string, Requirement[]> {
  // One pass over the cells: an index of hundreds of ladders is built in one go.
  const byRole = new Map<string, Map<string, Requirement>>();
  for (const cell of ladder.cells) {
    let levels = byRole.get(cell.role);
    if (!levels) byRole.set(cell.role, (levels = new Map()));
    levels.set(cell.level, cell.requirement);
  }
  const requirements: Record<string, Requirement[]> = {};
  for (const role of ladder.roles) {
    const levels = byRole.get(role.id);
    requirements[role.id] = ladder.levels.map((level) => {
      const requirement = levels?.get(level.id);
      if (requirement === undefined) {
        throw new RangeError(
          `The ladder "${ladder.id}" has no cell for role "${role.id}" at level "${level.id}".`,
        );
      }
      return requirement;
    });
  }
  return requirements;
}

// Cell texts stay in the ladder files: the index carries only what lists and search show.
function translationOf(translation: LadderTranslation): CatalogSkillTranslation | undefined {
  const { name, domain, group, keywords, levels, roles } = translation;
  const fields = { name, domain, group, keywords, levels, roles };
  const kept = Object.entries(fields).filter(([, value]) => value !== undefined);
  return kept.length > 0 ? (Object.fromEntries(kept) as CatalogSkillTranslation) : undefined;
}

function translationsOf(ladder: Ladder): Record<string, CatalogSkillTranslation> | undefined {
  if (!ladder.translations) return undefined;
  const kept = Object.entries(ladder.translations).flatMap(([tag, translation]) => {
    const entry = translationOf(translation);
    return entry ? [[tag, entry] as const] : [];
  });
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** The index entry of one ladder (without `file`). */
export function catalogSkillOf(ladder: Ladder): CatalogSkill {
  const translations = translationsOf(ladder);
  return {
    id: ladder.id,
    name: ladder.name,
    domain: ladder.domain,
    group: ladder.group,
    keywords: [...ladder.keywords],
    updated: ladder.updated,
    lang: ladder.lang ?? 'en',
    levels: ladder.levels.map(({ id, name }) => ({ id, name })),
    roles: ladder.roles.map(({ id, name }) => ({ id, name })),
    requirements: requirementsOf(ladder),
    ...(translations && { translations }),
    ...(ladder.alignments?.length ? { alignments: ladder.alignments } : {}),
  };
}

/**
 * Builds a catalog index from ladders, in their order: for each skill its texts, their
 * translations (not the cell descriptions), its alignments and each role's requirement per
 * level. Throws an
 * Error that names the ids when two ladders share one, and a RangeError for a ladder with a
 * missing cell (check untrusted ladders with `parseLadder` first).
 *
 * @example
 * const index = buildCatalogIndex([mlPipelines]);
 * index.skills[0].requirements['data-scientist'] // ['required', 'required', 'required', 'required', 'required']
 */
export function buildCatalogIndex(
  ladders: readonly Ladder[],
  options: BuildCatalogIndexOptions = {},
): CatalogIndex {
  const seen = new Map<string, number>();
  const skills = ladders.map((ladder, i) => {
    const first = seen.get(ladder.id);
    if (first !== undefined) {
      throw new Error(
        `Two ladders have the skill id ${JSON.stringify(ladder.id)} (ladders[${first}] and ladders[${i}]); each skill in a catalog needs its own id.`,
      );
    }
    seen.set(ladder.id, i);
    const skill = catalogSkillOf(ladder);
    const file = options.file?.(ladder);
    return file === undefined || file === `${ladder.id}.json` ? skill : { ...skill, file };
  });
  return { skills };
}
