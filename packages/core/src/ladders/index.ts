import { mlPipelines } from './ml-pipelines.js';

export { mlPipelines };

/** The ladders that ship with the package, in the order `listSkills()` returns them. */
export const builtInLadders = [mlPipelines] as const;
