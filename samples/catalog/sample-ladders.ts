// The sample catalog's ladders (fictional data, see README.md) as checked `Ladder` objects, for
// stories and tests that want them in memory: `createMemoryCatalog(sampleLadders)`. The same
// files, built by scripts/build-catalog.mjs, are served from public/ for HTTP catalogs.
import { parseLadder, type Ladder } from '@skill-ladder/core';
import apiDesign from './ladders/api-design.json';
import codeReview from './ladders/code-review.json';
import dashboardDesign from './ladders/dashboard-design.json';
import dataModelling from './ladders/data-modelling.json';
import incidentResponse from './ladders/incident-response.json';

function checked(data: unknown): Ladder {
  const result = parseLadder(data);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.ladder;
}

/**
 * The five sample skills, in the order of the built index (by file name).
 *
 * @example
 * const catalog = createMemoryCatalog(sampleLadders);
 */
export const sampleLadders: readonly Ladder[] = [
  apiDesign,
  codeReview,
  dashboardDesign,
  dataModelling,
  incidentResponse,
].map(checked);
