import { parseLadder } from '../parse-ladder.js';
import type { Ladder, LadderLevel } from '../types.js';
import { catalogSkillOf } from './build-catalog-index.js';
import { CatalogError } from './catalog-error.js';
import { parseCatalogIndex } from './parse-catalog-index.js';
import type { Catalog, CatalogIndex, CatalogLoadOptions, CatalogSkill } from './types.js';

/**
 * The part of the platform's `fetch` a catalog uses; `globalThis.fetch` fits it.
 *
 * @example
 * const logged: CatalogFetch = (url, init) => { console.log(url); return fetch(url, init); };
 */
export type CatalogFetch = (
  url: string,
  init: { readonly signal: AbortSignal },
) => Promise<{ readonly ok: boolean; readonly status: number; text(): Promise<string> }>;

/**
 * Options of `createHttpCatalog`.
 *
 * @example
 * createHttpCatalog('/ladders/index.json', { index: serverIndex, ladders: [serverLadder] });
 */
export interface HttpCatalogOptions {
  /** Used instead of the platform's `fetch` (to add headers, or in tests). */
  readonly fetch?: CatalogFetch;
  /** The index, already loaded (for example by a server render): no request for it. */
  readonly index?: CatalogIndex;
  /** Ladders already loaded: `peekLadder` returns them and no request is made for them. */
  readonly ladders?: readonly Ladder[];
}

/** One request, shared by every caller that waits for it, aborted when the last one leaves. */
interface Flight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiting: number;
}

const sameEntries = (a: readonly LadderLevel[], b: readonly LadderLevel[]) =>
  a.length === b.length &&
  a.every((entry, i) => entry.id === b[i]?.id && entry.name === b[i]?.name);

function sameRequirements(a: CatalogSkill['requirements'], b: CatalogSkill['requirements']) {
  const roles = Object.keys(a);
  return (
    roles.length === Object.keys(b).length &&
    roles.every(
      (role) => a[role]?.join() === (Object.hasOwn(b, role) ? b[role]?.join() : undefined),
    )
  );
}

// V8 says "at position 12"; Firefox says "at line 1 column 13".
function jsonPosition(text: string, message: string): number | undefined {
  // A body cut short (V8: "Unexpected end of JSON input"; Safari: "Unexpected EOF") fails at its end.
  if (/\bend of JSON input\b|\bEOF\b/.test(message)) return text.length;
  const position = /\bat position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /\bline (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
}

function mismatchedFields(entry: CatalogSkill, ladder: Ladder): string[] {
  if (ladder.id !== entry.id) return ['id'];
  const file = catalogSkillOf(ladder);
  // What a list shows from the index must be what the skill's page shows from its file.
  const fields: string[] = (['name', 'domain', 'group', 'lang'] as const).filter(
    (field) => file[field] !== entry[field],
  );
  if (!sameEntries(file.levels, entry.levels)) fields.push('levels');
  if (!sameEntries(file.roles, entry.roles)) fields.push('roles');
  if (!sameRequirements(file.requirements, entry.requirements)) fields.push('requirements');
  return fields;
}

/**
 * A catalog served as static JSON: an `index.json` (see `serializeCatalogIndex`) next to one
 * file per skill, fetched with the platform's `fetch`. A relative index URL is resolved against
 * the page's location; a skill's file is the entry's `file`, else `<id>.json`, next to the index.
 * Successful loads are cached, concurrent loads of one id share one request, each caller can
 * abort its own wait (the request stops when every caller has left), and a failed load caches
 * nothing, so calling again retries. Failures reject with a `CatalogError`.
 *
 * @example
 * const catalog = createHttpCatalog('/ladders/index.json');
 * const index = await catalog.loadIndex();
 * const ladder = await catalog.loadLadder('api-design', { signal: controller.signal });
 */
export function createHttpCatalog(indexUrl: string, options: HttpCatalogOptions = {}): Catalog {
  let index = options.index;
  let entries = index && new Map(index.skills.map((skill) => [skill.id, skill]));
  const ladders = new Map((options.ladders ?? []).map((ladder) => [ladder.id, ladder]));
  const flights = new Map<string, Flight<unknown>>();

  const platformFetch: CatalogFetch = (url, init) => {
    const platform = (globalThis as { fetch?: CatalogFetch }).fetch;
    if (!platform) throw new TypeError('This platform has no fetch; pass options.fetch.');
    return platform(url, init);
  };
  const fetchText = options.fetch ?? platformFetch;

  function resolveIndexUrl(): string {
    const base = (globalThis as { location?: { href?: string } }).location?.href;
    try {
      return new URL(indexUrl, base).href;
    } catch {
      throw new CatalogError({
        kind: 'network',
        url: indexUrl,
        reason:
          base === undefined
            ? `${JSON.stringify(indexUrl)} is not an absolute URL, and there is no page location to resolve it against.`
            : `${JSON.stringify(indexUrl)} is not a URL, even relative to ${base}.`,
      });
    }
  }

  async function get(url: string, signal: AbortSignal): Promise<unknown> {
    let text: string;
    try {
      const response = await fetchText(url, { signal });
      if (!response.ok)
        throw new CatalogError({ kind: 'http-status', url, status: response.status });
      text = await response.text();
    } catch (error) {
      if (error instanceof CatalogError || signal.aborted) throw error;
      const reason = error instanceof Error ? describeFetchError(error) : String(error);
      throw new CatalogError({ kind: 'network', url, reason }, { cause: error });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const position = jsonPosition(text, reason);
      throw new CatalogError({ kind: 'invalid-json', url, position, reason }, { cause: error });
    }
  }

  function share<T>(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    loadOptions: CatalogLoadOptions | undefined,
  ): Promise<T> {
    const signal = loadOptions?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = flights.get(key) as Flight<T> | undefined;
    if (!flight) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        if (flights.get(key) === created) flights.delete(key);
      });
      // Callers see the outcome through their own promises; an abandoned flight stays quiet.
      promise.catch(() => {});
      const created: Flight<T> = { promise, controller, waiting: 0 };
      flights.set(key, created);
      flight = created;
    }
    const joined = flight;
    joined.waiting += 1;
    if (!signal) return joined.promise;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        joined.waiting -= 1;
        if (joined.waiting === 0) {
          // A later load starts afresh instead of joining a request that is being cancelled.
          if (flights.get(key) === joined) flights.delete(key);
          joined.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      joined.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  function loadIndex(loadOptions?: CatalogLoadOptions): Promise<CatalogIndex> {
    if (index) return unlessAborted(index, loadOptions);
    return share(
      'index',
      async (signal) => {
        const url = resolveIndexUrl();
        const result = parseCatalogIndex(await get(url, signal));
        if (!result.ok)
          throw new CatalogError({ kind: 'invalid-index', url, errors: result.errors });
        index = result.index;
        entries = new Map(index.skills.map((skill) => [skill.id, skill]));
        return index;
      },
      loadOptions,
    );
  }

  async function loadLadder(id: string, loadOptions?: CatalogLoadOptions): Promise<Ladder> {
    const cached = ladders.get(id);
    if (cached) return unlessAborted(cached, loadOptions);
    await loadIndex(loadOptions);
    const entry = entries?.get(id);
    if (!entry) {
      throw new CatalogError({
        kind: 'unknown-skill',
        skillId: id,
        knownIds: [...(entries?.keys() ?? [])],
      });
    }
    return share(
      `skill:${id}`,
      async (signal) => {
        const url = new URL(entry.file ?? `${encodeURIComponent(id)}.json`, resolveIndexUrl()).href;
        const result = parseLadder(await get(url, signal));
        if (!result.ok) {
          throw new CatalogError({
            kind: 'invalid-ladder',
            url,
            skillId: id,
            errors: result.errors,
          });
        }
        const fields = mismatchedFields(entry, result.ladder);
        if (fields.length > 0) {
          throw new CatalogError({ kind: 'index-mismatch', url, skillId: id, fields });
        }
        ladders.set(id, result.ladder);
        return result.ladder;
      },
      loadOptions,
    );
  }

  return {
    peekIndex: () => index,
    loadIndex,
    peekLadder: (id) => ladders.get(id),
    loadLadder,
  };
}

function unlessAborted<T>(value: T, options: CatalogLoadOptions | undefined): Promise<T> {
  const signal = options?.signal;
  return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve(value);
}

// Node's fetch says only "fetch failed" and keeps the reason (ECONNREFUSED, "terminated") in
// `cause`.
function describeFetchError(error: Error): string {
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}
