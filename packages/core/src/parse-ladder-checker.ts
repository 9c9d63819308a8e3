import type { LadderError } from './parse-ladder.js';

/** A ladder object's fields, not yet checked. */
export type Fields = Readonly<Record<string, unknown>>;

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as a sentence names it: `"seniour"`, `an array`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string';
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 12).map((id) => JSON.stringify(id));
  return ids.length > 12 ? `${shown.join(', ')} and ${ids.length - 12} more` : shown.join(', ');
}

/** `path.key` for a plain name, `path["key"]` for any other key (ids with dashes, tags). */
export function fieldPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The canonical form of a BCP 47 language tag (`zh-cn` → `zh-CN`), or `undefined` if it is not one. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Collects every problem found, each with its path and a sentence. */
export class Checker {
  readonly errors: LadderError[] = [];

  fail(path: string, sentence: string): undefined {
    this.errors.push({ path, message: `${path} ${sentence}` });
    return undefined;
  }

  object(value: unknown, path: string, what: string): Fields | undefined {
    if (value === undefined) return this.fail(path, `is missing; it must be ${what}.`);
    if (!isFields(value)) return this.fail(path, `must be ${what}, but it is ${describe(value)}.`);
    return value;
  }

  array(value: unknown, path: string, what: string): readonly unknown[] | undefined {
    if (value === undefined) return this.fail(path, `is missing; it must be a list of ${what}.`);
    if (!Array.isArray(value)) {
      return this.fail(path, `must be a list of ${what}, but it is ${describe(value)}.`);
    }
    return value;
  }

  text(value: unknown, path: string): string | undefined {
    if (value === undefined) return this.fail(path, 'is missing; it must be a non-empty string.');
    if (typeof value !== 'string') {
      return this.fail(path, `must be a string, but it is ${describe(value)}.`);
    }
    if (value.trim() === '') return this.fail(path, 'must not be empty.');
    return value;
  }

  /** A list of non-empty strings, e.g. `keywords`. */
  textList(value: unknown, path: string): string[] | undefined {
    const list = this.array(value, path, 'strings');
    if (!list) return undefined;
    const texts = list.map((item, i) => this.text(item, `${path}[${i}]`));
    return texts.every((text) => text !== undefined) ? (texts as string[]) : undefined;
  }

  onlyKnownFields(value: Fields, path: string, known: readonly string[], extra: string[] = []) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key) && !extra.includes(key)) {
        this.fail(
          fieldPath(path, key),
          `is not a known field here; expected only ${known.join(', ')}.`,
        );
      }
    }
  }
}
