import { defineLadder, type Ladder } from '@skill-ladder/core';
import {
  assessmentKey,
  cellExpectations,
  markId,
  type Assessment,
  type AssessmentStorage,
  type Mark,
  type MarkStatus,
} from '@skill-ladder/core/assessment';
import { sampleLadders } from '../../samples/catalog/sample-ladders';
import { memoryStorage } from '../fixtures/assessment';

/**
 * Sample data for stories and tests, not a real framework: a small ladder whose sentences
 * change in every way between levels — kept, reworded, new and gone.
 */
export const releaseSample = defineLadder({
  id: 'release-management',
  name: 'Release Management',
  domain: 'Software Engineering',
  group: 'Delivery',
  keywords: ['releases', 'rollbacks'],
  updated: '2026-11-01',
  lang: 'en',
  levels: [
    { id: 'junior', name: 'Junior' },
    { id: 'middle', name: 'Middle' },
    { id: 'senior', name: 'Senior' },
  ],
  roles: [
    { id: 'backend-engineer', name: 'Backend Engineer' },
    { id: 'release-manager', name: 'Release Manager' },
  ],
  cells: [
    {
      role: 'backend-engineer',
      level: 'junior',
      requirement: 'optional',
      description: 'Follows the release checklist. Writes release notes for their changes.',
    },
    {
      role: 'backend-engineer',
      level: 'middle',
      requirement: 'required',
      description:
        'Follows the release checklist. Writes clear release notes for every change of the team. Rolls back a failed release.',
    },
    {
      role: 'backend-engineer',
      level: 'senior',
      requirement: 'required',
      description: 'Owns the deployment pipeline. Rolls back a failed release.',
    },
    {
      role: 'release-manager',
      level: 'junior',
      requirement: 'not-expected',
    },
    {
      role: 'release-manager',
      level: 'middle',
      requirement: 'required',
      description: 'Plans the release calendar. Announces each release.',
    },
    {
      role: 'release-manager',
      level: 'senior',
      requirement: 'required',
      description: 'Plans the release calendar across teams. Announces each release.',
    },
  ],
});

/**
 * An assessment of `ladder` with marks for `role`: per level, the status of each of the cell's
 * expectations in order (`undefined` leaves one unmarked).
 */
export function markedAssessment(
  ladder: Ladder,
  role: string,
  statuses: Readonly<Record<string, readonly (MarkStatus | undefined)[]>>,
): Assessment {
  const marks: Record<string, Mark> = {};
  for (const [level, list] of Object.entries(statuses)) {
    const cell = ladder.cells.find((c) => c.role === role && c.level === level);
    if (!cell) throw new Error(`No cell ${role} × ${level} in ${ladder.id}.`);
    cellExpectations(cell).forEach((item, i) => {
      const status = list[i];
      if (status) marks[markId(role, level, item.key)] = { status, text: item.text, at: 1 };
    });
  }
  return { version: 2, ladder: ladder.id, marks, updatedAt: 1 };
}

/**
 * A storage in memory holding `assessments` as stored text (each under its ladder's key), so a
 * story or test never depends on what `localStorage` happens to hold.
 */
export function storageHolding(assessments: readonly Assessment[]): AssessmentStorage {
  return memoryStorage(
    Object.fromEntries(assessments.map((a) => [assessmentKey(a.ladder), JSON.stringify(a)])),
  );
}

/** Marks for `markedAssessment`: every expectation of `role` "yes" up to and with `level`. */
export function yesThrough(
  ladder: Ladder,
  role: string,
  level: string,
): Record<string, MarkStatus[]> {
  const last = ladder.levels.findIndex((l) => l.id === level);
  return Object.fromEntries(
    ladder.levels.slice(0, last + 1).map((l) => {
      const cell = ladder.cells.find((c) => c.role === role && c.level === l.id);
      return [l.id, cell ? cellExpectations(cell).map(() => 'yes' as const) : []];
    }),
  );
}

const fiveLevels = [
  { id: 'junior', name: 'Junior' },
  { id: 'middle', name: 'Middle' },
  { id: 'senior', name: 'Senior' },
  { id: 'lead', name: 'Lead' },
  { id: 'principal', name: 'Principal' },
];

const skillNames = [
  'Observability',
  'Capacity Planning',
  'Infrastructure as Code',
  'Kubernetes Operations',
  'Continuous Delivery',
  'Secrets Management',
  'Cost Management',
  'Disaster Recovery and Business Continuity',
  'Networking',
  'Service Mesh',
  'Database Operations',
  'Release Engineering',
  'On-call Practice',
  'Performance Testing',
  'Security Hardening',
  'Developer Tooling',
  'Build Systems',
  'Container Images',
  'Configuration Management',
  'Chaos Engineering',
  'Log Pipelines',
  'Alert Design',
  'Runbooks',
  'Postmortems',
  'Access Control',
  'Compliance Automation',
  'Queue Operations',
  'Caching',
  'Edge Delivery',
  'Platform Roadmaps',
];

/**
 * Thirty made-up skills for one role (`platform-engineer`), five levels each, required from a
 * level that varies by skill: a radar's most crowded case.
 */
export const manySkills: readonly Ladder[] = skillNames.map((name, i) => {
  const from = i % 3;
  return defineLadder({
    id: `skill-${i + 1}`,
    name,
    domain: 'Platform',
    group: 'Operations',
    keywords: [],
    updated: '2026-11-01',
    lang: 'en',
    levels: fiveLevels,
    roles: [{ id: 'platform-engineer', name: 'Platform Engineer' }],
    cells: fiveLevels.map((level, l) => ({
      role: 'platform-engineer' as const,
      level: level.id,
      requirement: l >= from ? ('required' as const) : ('optional' as const),
      description: `Runs ${name.toLowerCase()} at ${level.name} scope. Teaches it to others at ${level.name}.`,
    })),
  });
});

/** The person's marks in `manySkills`: "yes" up to a level that varies; every seventh skill not assessed. */
export const manySkillsAssessments: readonly Assessment[] = manySkills.flatMap((ladder, i) =>
  i % 7 === 6
    ? []
    : [
        markedAssessment(
          ladder,
          'platform-engineer',
          yesThrough(ladder, 'platform-engineer', fiveLevels[i % 5]?.id ?? 'junior'),
        ),
      ],
);

const sampleLadder = (id: string) => sampleLadders.find((ladder) => ladder.id === id) as Ladder;

/**
 * The radar's person, a backend engineer over the sample catalog: API design "yes" through
 * Senior, code review through Lead, incident response at Junior only (Middle, its first
 * required level, not done), data modelling not assessed. A new storage each call, so that a
 * story or test never reads or writes another's, nor the browser's.
 */
export function radarStorage(role = 'backend-engineer'): AssessmentStorage {
  const through = (id: string, level: string) =>
    markedAssessment(sampleLadder(id), role, yesThrough(sampleLadder(id), role, level));
  return storageHolding([
    through('api-design', 'senior'),
    through('code-review', 'lead'),
    through('incident-response', 'junior'),
  ]);
}
