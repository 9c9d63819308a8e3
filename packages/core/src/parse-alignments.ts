import { describe, type Checker } from './parse-ladder-checker.js';
import { alignmentKind, HTTP_URL, ONET_CODE } from './alignment.js';
import type { Alignment } from './types.js';

const ALIGNMENT_FIELDS = ['framework', 'kind', 'target', 'name', 'relation'] as const;

// What a target must be, by framework: [pattern, what the message calls it].
const TARGETS: Record<string, [RegExp, string]> = {
  esco: [/^https?:\/\/data\.europa\.eu\/esco\/\S+$/, 'an ESCO URI (http://data.europa.eu/esco/…)'],
  onet: [ONET_CODE, 'an O*NET-SOC code such as "15-2051.00"'],
};
const ANY_URL: [RegExp, string] = [HTTP_URL, 'an http(s) URL'];

function oneOf<T extends string>(
  check: Checker,
  value: unknown,
  path: string,
  options: readonly [T, T],
): T | undefined {
  if (value === undefined || options.includes(value as T)) return value as T | undefined;
  return check.fail(
    path,
    `must be "${options[0]}" or "${options[1]}", but it is ${describe(value)}.`,
  );
}

/**
 * A skill's or a role's `alignments`: each to a known framework's entry or an http(s) URL,
 * its kind agreeing with the target, a relation only for an occupation, no target twice.
 */
export function parseAlignments(
  check: Checker,
  value: unknown,
  path: string,
): Alignment[] | undefined {
  const list = check.array(value, path, 'alignments ({ framework, target, … })');
  if (!list) return undefined;
  const firstSeen = new Map<string, number>();
  const alignments: Alignment[] = [];
  list.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    const fields = check.object(item, itemPath, 'an alignment ({ framework, target, … })');
    if (!fields) return;
    check.onlyKnownFields(fields, itemPath, ALIGNMENT_FIELDS);
    let framework = check.text(fields.framework, `${itemPath}.framework`);
    if (framework !== undefined && !/^[a-z][a-z0-9-]*$/.test(framework)) {
      framework = check.fail(
        `${itemPath}.framework`,
        `must be a lowercase name such as "esco" or "onet", but it is ${describe(framework)}.`,
      );
    }
    let target = check.text(fields.target, `${itemPath}.target`);
    const [pattern, what] = (framework !== undefined && TARGETS[framework]) || ANY_URL;
    if (target !== undefined && framework !== undefined && !pattern.test(target)) {
      target = check.fail(`${itemPath}.target`, `must be ${what}, but it is ${describe(target)}.`);
    }
    const kind = oneOf(check, fields.kind, `${itemPath}.kind`, ['skill', 'occupation']);
    const name =
      fields.name === undefined ? undefined : check.text(fields.name, `${itemPath}.name`);
    const relation = oneOf(check, fields.relation, `${itemPath}.relation`, [
      'essential',
      'optional',
    ]);
    if (framework === undefined || target === undefined) return;
    const named = alignmentKind({ framework, target });
    if (kind && named && kind !== named) {
      check.fail(
        `${itemPath}.kind`,
        `is "${kind}", but the target is an ${named === 'skill' ? 'ESCO skill' : 'occupation'}.`,
      );
    }
    if (relation && (kind ?? named) !== 'occupation') {
      check.fail(
        `${itemPath}.relation`,
        'is only for an occupation; give kind "occupation" if the target does not say it is one.',
      );
    }
    const key = JSON.stringify([framework, target]);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      check.fail(itemPath, `repeats the alignment to ${describe(target)} of ${path}[${first}].`);
      return;
    }
    firstSeen.set(key, i);
    alignments.push({
      framework,
      ...(kind && { kind }),
      target,
      ...(name !== undefined && { name }),
      ...(relation && { relation }),
    });
  });
  return alignments;
}
