import { defineLadder } from '../define-ladder.js';
import { mlPipelines } from '../ladders/ml-pipelines.js';

/** ESCO's "artificial intelligence engineer" occupation (alternative label: machine learning engineer). */
export const ESCO_AI_ENGINEER =
  'http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8';
/** ESCO's "Python (computer programming)" knowledge. */
export const ESCO_PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

/**
 * Sample data for tests: the ML Pipelines ladder aligned to real ESCO and O*NET entries. The
 * relation "essential" is test data, not ESCO's word on this skill.
 */
export const alignedMlPipelines = defineLadder({
  ...mlPipelines,
  alignments: [
    {
      framework: 'esco',
      target: ESCO_AI_ENGINEER,
      name: 'artificial intelligence engineer',
      relation: 'essential',
    },
    { framework: 'onet', target: '15-2051.00', name: 'Data Scientists' },
  ],
  roles: mlPipelines.roles.map((role) =>
    role.id === 'ml-engineer'
      ? {
          ...role,
          alignments: [
            {
              framework: 'esco',
              target: ESCO_AI_ENGINEER,
              name: 'artificial intelligence engineer',
            },
          ],
        }
      : role.id === 'data-scientist'
        ? { ...role, alignments: [{ framework: 'onet', target: '15-2051.00' }] }
        : role,
  ),
});
