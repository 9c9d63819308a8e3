import { mlPipelines } from '../../ladders/ml-pipelines.js';
import type { Ladder } from '../../types.js';

/** A small v2 ladder: a role that starts at Middle, one that stops at Lead, two translations. */
export const onCall: Ladder = {
  id: 'on-call',
  name: 'On-call',
  domain: 'Engineering',
  group: 'Operations',
  keywords: ['paging', 'runbooks'],
  updated: '2026-01-21',
  levels: [
    { id: 'junior', name: 'Junior' },
    { id: 'middle', name: 'Middle' },
    { id: 'lead', name: 'Lead' },
    { id: 'principal', name: 'Principal' },
  ],
  roles: [
    { id: 'sre', name: 'Site Reliability Engineer' },
    { id: 'manager', name: 'Engineering Manager' },
  ],
  cells: [
    { role: 'sre', level: 'junior', requirement: 'not-expected' },
    { role: 'sre', level: 'middle', requirement: 'required', description: 'Takes shifts.' },
    { role: 'sre', level: 'lead', requirement: 'required', description: 'Runs the rota.' },
    { role: 'sre', level: 'principal', requirement: 'optional', description: 'Sets targets.' },
    {
      role: 'manager',
      level: 'junior',
      requirement: 'optional',
      description: 'Knows who is on call.',
    },
    { role: 'manager', level: 'middle', requirement: 'required', description: 'Keeps it fair.' },
    {
      role: 'manager',
      level: 'lead',
      requirement: 'required',
      description: 'Talks to stakeholders.',
    },
    { role: 'manager', level: 'principal', requirement: 'not-expected' },
  ],
  translations: {
    'zh-CN': {
      name: '值班',
      keywords: ['呼叫', '操作手册'],
      levels: { junior: '初级' },
      roles: { sre: '站点可靠性工程师' },
      cells: { sre: { middle: '参与值班。' } },
    },
    // Only cell texts: nothing of it belongs in the index.
    fr: { cells: { sre: { middle: 'Prend des astreintes.' } } },
  },
};

export const ladders: readonly Ladder[] = [mlPipelines, onCall];
