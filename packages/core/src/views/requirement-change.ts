import type { Requirement } from '../types.js';

/**
 * How a role's requirement changes from one level to another.
 *
 * @example
 * const change: RequirementChange = requirementChange('optional', 'required'); // 'becomes-required'
 */
export type RequirementChange =
  'becomes-required' | 'stays-required' | 'stays-optional' | 'becomes-optional';

/**
 * Names the change between two requirements.
 *
 * @example
 * requirementChange('optional', 'required') // 'becomes-required'
 */
export function requirementChange(from: Requirement, to: Requirement): RequirementChange {
  switch (from) {
    case 'required':
      return to === 'required' ? 'stays-required' : 'becomes-optional';
    case 'optional':
      return to === 'required' ? 'becomes-required' : 'stays-optional';
    default:
      return from satisfies never;
  }
}
