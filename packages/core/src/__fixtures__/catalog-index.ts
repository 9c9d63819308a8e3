import type { LadderLevel, Requirement } from '../types.js';
import type { CatalogIndex, CatalogSkill } from '../catalog/types.js';

// A small hand-written index for the catalog's pure functions: two domains, a translated
// skill, a role that starts at Middle and one that stops at Senior.

const levels: LadderLevel[] = [
  { id: 'junior', name: 'Junior' },
  { id: 'middle', name: 'Middle' },
  { id: 'senior', name: 'Senior' },
];

const R = 'required';
const O = 'optional';
const N = 'not-expected';

function skill(
  fields: Pick<CatalogSkill, 'id' | 'name' | 'domain' | 'group'> & Partial<CatalogSkill>,
  requirements: Record<string, Requirement[]>,
  roleNames: Record<string, string>,
): CatalogSkill {
  return {
    keywords: [],
    updated: '2026-10-01',
    lang: 'en',
    levels,
    roles: Object.keys(requirements).map((id) => ({ id, name: roleNames[id] ?? id })),
    requirements,
    ...fields,
  };
}

const names = {
  'ml-engineer': 'ML Engineer',
  recruiter: 'Recruiter',
  'data-scientist': 'Data Scientist',
};

export const testIndex: CatalogIndex = {
  skills: [
    skill(
      {
        id: 'ml-pipelines',
        name: 'ML Pipelines',
        domain: 'Machine Learning & AI',
        group: 'MLOps',
        keywords: ['Kubeflow', 'Vertex AI'],
        translations: {
          'zh-CN': {
            name: '机器学习流水线',
            domain: '机器学习与人工智能',
            roles: { 'ml-engineer': '机器学习工程师' },
          },
        },
      },
      { 'ml-engineer': [O, R, R], 'data-scientist': [N, O, R] },
      names,
    ),
    skill(
      {
        id: 'feature-stores',
        name: 'Feature Stores',
        domain: 'Machine Learning & AI',
        group: 'Data for ML',
        keywords: ['Feast', 'online serving'],
      },
      { 'ml-engineer': [O, O, R], 'data-scientist': [O, O, O] },
      names,
    ),
    skill(
      {
        id: 'resume-screening',
        name: 'Résumé screening',
        domain: 'People',
        group: 'Hiring',
        keywords: ['CV', 'sourcing'],
      },
      { recruiter: [R, R, R], 'ml-engineer': [N, O, N] },
      names,
    ),
    skill(
      {
        id: 'model-monitoring',
        name: 'Model Monitoring',
        domain: 'Machine Learning & AI',
        group: 'MLOps',
        keywords: ['drift', 'ＧＰＵ'],
      },
      { 'ml-engineer': [R, R, O] },
      names,
    ),
  ],
};
