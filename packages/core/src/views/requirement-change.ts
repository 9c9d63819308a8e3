import type { Requirement } from '../types.js';

/**
 * How a role's requirement changes from one level to another. `becomes-expected` starts an
 * expectation where there was none (a role that starts at Middle); `stops-being-expected` ends
 * one (a role that stops at Lead).
 *
 * @example
 * const change: RequirementChange = requirementChange('optional', 'required'); // 'becomes-required'
 */
export type RequirementChange =
  | 'becomes-required'
  | 'stays-required'
  | 'stays-optional'
  | 'becomes-optional'
  | 'becomes-expected'
  | 'stops-being-expected'
  | 'stays-not-expected';

/**
 * Names the change between two requirements.
 *
 * @example
 * requirementChange('optional', 'required') // 'becomes-required'
 * requirementChange('not-expected', 'optional') // 'becomes-expected'
 */
export function requirementChange(from: Requirement, to: Requirement): RequirementChange {
  switch (to) {
    case 'not-expected':
      return from === 'not-expected' ? 'stays-not-expected' : 'stops-being-expected';
    case 'required':
    case 'optional':
      break;
    default:
      return to satisfies never;
  }
  switch (from) {
    case 'required':
      return to === 'required' ? 'stays-required' : 'becomes-optional';
    case 'optional':
      return to === 'required' ? 'becomes-required' : 'stays-optional';
    case 'not-expected':
      return 'becomes-expected';
    default:
      return from satisfies never;
  }
}
