import { memoizePerLadder } from '../ladder-index.js';
import type { Ladder } from '../types.js';

/**
 * The counts shown in a ladder's summary, from `summarize`.
 *
 * @example
 * const { required, optional }: LadderCounts = summarize(ladder);
 */
export interface LadderCounts {
  readonly roles: number;
  readonly levels: number;
  readonly required: number;
  readonly optional: number;
  /** Cells that say a role has no expectation at a level. */
  readonly notExpected: number;
}

/**
 * Counts the roles, the levels, and the required, optional and not-expected cells of a
 * ladder. The same object is returned for the same ladder.
 *
 * @example
 * summarize(mlPipelines) // { roles: 6, levels: 5, required: 21, optional: 9, notExpected: 0 }
 */
export function summarize(ladder: Ladder): LadderCounts {
  return countsOf(ladder, undefined);
}

const countsOf = /* @__PURE__ */ memoizePerLadder((ladder: Ladder): LadderCounts => {
  let required = 0;
  let optional = 0;
  let notExpected = 0;
  for (const cell of ladder.cells) {
    switch (cell.requirement) {
      case 'required':
        required += 1;
        break;
      case 'optional':
        optional += 1;
        break;
      case 'not-expected':
        notExpected += 1;
        break;
      default:
        cell satisfies never;
    }
  }
  return {
    roles: ladder.roles.length,
    levels: ladder.levels.length,
    required,
    optional,
    notExpected,
  };
});
