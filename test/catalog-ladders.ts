import type { Ladder, LadderCell, LadderTranslation } from '@skill-ladder/core';

const roleNames: Record<string, string> = {
  'ml-engineer': 'ML Engineer',
  recruiter: 'Recruiter',
  'data-scientist': 'Data Scientist',
};

const levels = [
  { id: 'junior', name: 'Junior' },
  { id: 'middle', name: 'Middle' },
  { id: 'senior', name: 'Senior' },
];

interface SmallLadder {
  id: string;
  name: string;
  domain: string;
  group: string;
  keywords?: string[];
  /** Role id → its requirement at Junior, Middle and Senior: `R` required, `O` optional. */
  roles?: Record<string, string>;
  translations?: Record<string, LadderTranslation>;
}

/** A small valid ladder (three levels) whose descriptions say whose cell they are. */
export function smallLadder({
  id,
  name,
  domain,
  group,
  keywords = [],
  roles = { 'ml-engineer': 'ORR' },
  translations,
}: SmallLadder): Ladder {
  const cells: LadderCell[] = Object.entries(roles).flatMap(([role, pattern]) =>
    levels.map((level, i) => ({
      role,
      level: level.id,
      requirement: pattern[i] === 'R' ? 'required' : 'optional',
      description: `${name}, ${roleNames[role] ?? role} at ${level.name}.`,
    })),
  );
  return {
    id,
    name,
    domain,
    group,
    keywords,
    updated: '2026-10-01',
    levels,
    roles: Object.keys(roles).map((role) => ({ id: role, name: roleNames[role] ?? role })),
    cells,
    ...(translations ? { translations } : {}),
  };
}

/** Four skills in two domains: an accented name, a Chinese translation, three roles. */
export const catalogLadders: readonly Ladder[] = [
  smallLadder({
    id: 'ml-pipelines',
    name: 'ML Pipelines',
    domain: 'Machine Learning',
    group: 'MLOps',
    keywords: ['Kubeflow'],
    roles: { 'ml-engineer': 'ORR', 'data-scientist': 'OOR' },
    translations: {
      'zh-CN': { name: '机器学习流水线', roles: { 'ml-engineer': '机器学习工程师' } },
    },
  }),
  smallLadder({
    id: 'feature-stores',
    name: 'Feature Stores',
    domain: 'Machine Learning',
    group: 'Data for ML',
    keywords: ['Feast'],
    roles: { 'ml-engineer': 'OOR', 'data-scientist': 'OOO' },
  }),
  smallLadder({
    id: 'resume-screening',
    name: 'Résumé screening',
    domain: 'People',
    group: 'Hiring',
    keywords: ['CV'],
    roles: { recruiter: 'RRR', 'ml-engineer': 'OOO' },
  }),
  smallLadder({
    id: 'model-monitoring',
    name: 'Model Monitoring',
    domain: 'Machine Learning',
    group: 'MLOps',
    keywords: ['drift'],
    roles: { 'ml-engineer': 'RRO' },
  }),
];
