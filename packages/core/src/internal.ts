// For @skill-ladder/react and @skill-ladder/element only: these helpers may change in any
// release. Users of core need none of them.
export { hasLevel, hasRole } from './ladder-index.js';
export { resolveLocale } from './messages/translator.js';
export { readOverrides } from './messages/read-overrides.js';
export type { ReadOverrides } from './messages/read-overrides.js';
export { resolveLadder } from './resolve-ladder.js';
export type { LadderProblem, LadderSource, ResolvedLadder } from './resolve-ladder.js';
