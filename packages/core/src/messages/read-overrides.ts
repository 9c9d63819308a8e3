import type { HostMessages } from './types.js';

/** A plain copy of a host's overrides, or why they could not be read. */
export type ReadOverrides =
  | { readonly ok: true; readonly overrides: HostMessages | undefined }
  | { readonly ok: false; readonly reason: string };

const copyObject = (value: unknown) =>
  typeof value === 'object' && value !== null ? { ...value } : undefined;

function copyLabels(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const copy: Record<string, string> = {};
  for (const [id, label] of Object.entries(value)) if (typeof label === 'string') copy[id] = label;
  return copy;
}

/**
 * Reads a host's message overrides (or whole message set) once, into a plain object, so that
 * getters or proxies that throw are met here, with a reason, rather than in the middle of
 * rendering.
 *
 * @example
 * readOverrides({ 'summary.roles': 'Teams' }) // { ok: true, overrides: { 'summary.roles': 'Teams' } }
 */
export function readOverrides(input: unknown): ReadOverrides {
  if (input === undefined || input === null) return { ok: true, overrides: undefined };
  try {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      copy[key] =
        key === 'levels' || key === 'roles'
          ? copyLabels(value)
          : key === 'strings'
            ? copyObject(value)
            : value;
    }
    return { ok: true, overrides: copy as HostMessages };
  } catch (error) {
    const reason = error instanceof Error ? String(error.message) : 'unreadable messages';
    return { ok: false, reason: `the messages could not be read (${reason})` };
  }
}
