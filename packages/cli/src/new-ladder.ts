import type { Ladder } from '@skill-ladder/core';

/** What `newLadder` needs: the skill's id, its roles and levels (ids), and optional names. */
export interface NewLadderOptions {
  readonly id: string;
  readonly roles: readonly string[];
  readonly levels: readonly string[];
  readonly name?: string;
  readonly domain?: string;
  readonly group?: string;
  /** Today, `YYYY-MM-DD`, by default. */
  readonly updated?: string;
}

/** `ml-engineer` → `Ml Engineer`: a name to start from, edited by the author. */
function nameOfId(id: string): string {
  return id
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A starting ladder: every role required at every level, with a sentence to replace in each
 * cell. It passes parseLadder when the ids are valid and distinct.
 *
 * @example
 * newLadder({ id: 'api-design', roles: ['backend-engineer'], levels: ['junior', 'senior'] })
 */
export function newLadder(options: NewLadderOptions): Ladder {
  const name = options.name ?? nameOfId(options.id);
  const levels = options.levels.map((id) => ({ id, name: nameOfId(id) }));
  const roles = options.roles.map((id) => ({ id, name: nameOfId(id) }));
  return {
    id: options.id,
    name,
    domain: options.domain ?? 'General',
    group: options.group ?? 'General',
    keywords: [],
    updated: options.updated ?? new Date().toISOString().slice(0, 10),
    levels,
    roles,
    cells: roles.flatMap((role) =>
      levels.map((level) => ({
        role: role.id,
        level: level.id,
        requirement: 'required' as const,
        description: `Describe what a ${level.name} ${role.name} does with ${name}.`,
      })),
    ),
  };
}
