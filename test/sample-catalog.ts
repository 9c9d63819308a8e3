import type { Ladder } from '@skill-ladder/core';
import apiDesign from '../samples/catalog/ladders/api-design.json';
import codeReview from '../samples/catalog/ladders/code-review.json';
import dashboardDesign from '../samples/catalog/ladders/dashboard-design.json';
import dataModelling from '../samples/catalog/ladders/data-modelling.json';
import incidentResponse from '../samples/catalog/ladders/incident-response.json';

/** The sample catalog's ladders (fictional data), as files of `samples/catalog/ladders/`. */
export const sampleLadders = [
  apiDesign,
  codeReview,
  incidentResponse,
  dashboardDesign,
  dataModelling,
] as unknown as readonly Ladder[];
