import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../views/summarize.js';
import { mlPipelines } from './ml-pipelines.js';

// The seed is a copy of a bilingual page: five markdown tables, one per level in order.
// In optional rows the second column is empty and the description sits in it instead.
const seed = readFileSync(new URL('./__fixtures__/ml-pipelines-seed.md', import.meta.url), 'utf8');

function seedCells() {
  const levelIds = mlPipelines.levels.map((level) => level.id);
  const cells: { level: string; roleName: string; requirement: string; description: string }[] = [];
  let table = -1;
  for (const line of seed.split('\n')) {
    if (line.startsWith('| 角色 |')) table += 1;
    if (!line.startsWith('| ') || line.startsWith('| 角色 |')) continue;
    const [roleName = '', second = '', third = ''] = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const required = second === '必要';
    cells.push({
      level: levelIds[table] ?? `table ${table}`,
      roleName,
      requirement: required ? 'required' : 'optional',
      description: required ? third : second,
    });
  }
  return cells;
}

describe('the ML Pipelines ladder', () => {
  const fromSeed = seedCells();
  const roleName = (id: string) => mlPipelines.roles.find((role) => role.id === id)?.name;

  it('has the 30 cells of the seed, five tables of six rows', () => {
    expect(fromSeed).toHaveLength(30);
    expect(mlPipelines.cells).toHaveLength(30);
  });

  it.each(fromSeed)('$level / $roleName matches the seed verbatim', (expected) => {
    const cell = mlPipelines.cells.find(
      (c) => c.level === expected.level && roleName(c.role) === expected.roleName,
    );
    expect(cell).toBeDefined();
    expect(cell?.requirement).toBe(expected.requirement);
    expect(cell?.description).toBe(expected.description);
    expect(cell?.description.length).toBeGreaterThan(40);
  });

  it('has the profile of the seed', () => {
    const lines = seed.split('\n');
    expect(lines).toContain(mlPipelines.domain);
    expect(lines).toContain(mlPipelines.group);
    expect(lines).toContain(mlPipelines.keywords.join(', '));
    expect(lines).toContain('2026/3/17');
    expect(mlPipelines.updated).toBe('2026-03-17');
    expect(mlPipelines.levels.map((l) => l.id)).toEqual([
      'junior',
      'middle',
      'senior',
      'lead',
      'principal',
    ]);
  });

  it('has the counts the seed states: 6 roles, 5 levels, 21 required, the other 9 optional', () => {
    expect(summarize(mlPipelines)).toEqual({
      roles: 6,
      levels: 5,
      required: 21,
      optional: 9,
      notExpected: 0,
    });
    expect(seed).toMatch(/角色数\n6\n/);
    expect(seed).toMatch(/级别数\n5\n/);
    expect(seed).toMatch(/必要要求\n21\n其余 9 个可选/);
  });
});
