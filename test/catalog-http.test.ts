import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// From the sources: in the node project, `@skill-ladder/*` resolve to the built packages.
import { mlPipelines, type Ladder } from '../packages/core/src/index.js';
import {
  buildCatalogIndex,
  CatalogError,
  createHttpCatalog,
  serializeCatalogIndex,
  type CatalogErrorDetails,
  type CatalogFetch,
} from '../packages/core/src/catalog/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// A real HTTP server on 127.0.0.1 whose every answer the test decides: at once, held until the
// test releases it, a status, a broken body, or a dropped connection.

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const dataModelling: Ladder = {
  ...mlPipelines,
  id: 'data-modelling',
  name: 'Data Modelling',
  keywords: ['schemas'],
};
const ladders: readonly Ladder[] = [mlPipelines, dataModelling];
const indexText = serializeCatalogIndex(buildCatalogIndex(ladders));

const routes = new Map<string, Handler>();
const requests: string[] = [];
let origin = '';
const server = createServer((request, response) => {
  const path = request.url ?? '';
  requests.push(path);
  const handler = routes.get(path);
  if (handler) handler(request, response);
  else response.writeHead(404).end('not found');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  routes.clear();
  requests.length = 0;
  vi.unstubAllGlobals();
});

const json =
  (text: string, status = 200): Handler =>
  (_request, response) =>
    response.writeHead(status, { 'Content-Type': 'application/json' }).end(text);

/** An answer the server holds until `release()`; `arrived` and `closed` say what the client did. */
function held(text: string) {
  let release = () => {};
  let arrive = () => {};
  let close = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const closed = new Promise<void>((resolve) => (close = resolve));
  const handler: Handler = (_request, response) => {
    // The client went away before the answer was sent.
    response.on('close', () => {
      if (!response.writableEnded) close();
    });
    release = () => json(text)(_request, response);
    arrive();
  };
  return { handler, arrived, closed, release: () => release() };
}

function serve(files: Record<string, string | Handler> = {}) {
  routes.set('/catalog/index.json', json(indexText));
  for (const ladder of ladders) {
    routes.set(`/catalog/${ladder.id}.json`, json(JSON.stringify(ladder)));
  }
  for (const [path, answer] of Object.entries(files)) {
    routes.set(path, typeof answer === 'string' ? json(answer) : answer);
  }
}

const catalogUrl = () => `${origin}/catalog/index.json`;
const count = (path: string) => requests.filter((request) => request === path).length;

async function failure(promise: Promise<unknown>): Promise<CatalogErrorDetails> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogError);
  return (error as CatalogError).details;
}

describe('createHttpCatalog against a real server', () => {
  it('loads the index and a ladder, then answers from its cache without a request', async () => {
    serve();
    const catalog = createHttpCatalog(catalogUrl());
    expect(catalog.peekIndex()).toBeUndefined();
    const index = await catalog.loadIndex();
    expect(index.skills.map((skill) => skill.id)).toEqual(['ml-pipelines', 'data-modelling']);
    expect(catalog.peekIndex()).toBe(index);
    expect(catalog.peekLadder('data-modelling')).toBeUndefined();
    const ladder = await catalog.loadLadder('data-modelling');
    expect(ladder).toEqual(dataModelling);
    expect(catalog.peekLadder('data-modelling')).toBe(ladder);
    await expect(catalog.loadLadder('data-modelling')).resolves.toBe(ladder);
    await catalog.loadIndex();
    expect(requests).toEqual(['/catalog/index.json', '/catalog/data-modelling.json']);
  });

  it('resolves a relative index URL against the page, and a file named in the index', async () => {
    const index = buildCatalogIndex(ladders, {
      file: (ladder) => `skills/${ladder.id}.v2.json`,
    });
    serve({
      '/catalog/index.json': serializeCatalogIndex(index),
      '/catalog/skills/ml-pipelines.v2.json': JSON.stringify(mlPipelines),
    });
    vi.stubGlobal('location', { href: `${origin}/catalog/page.html?skill=ml-pipelines` });
    const catalog = createHttpCatalog('index.json');
    await expect(catalog.loadLadder('ml-pipelines')).resolves.toEqual(mlPipelines);
    expect(requests).toEqual(['/catalog/index.json', '/catalog/skills/ml-pipelines.v2.json']);
  });

  it('encodes an id into its default file name', async () => {
    const spaced = { ...dataModelling, id: 'data modelling/v2' };
    serve({
      '/catalog/index.json': serializeCatalogIndex(buildCatalogIndex([spaced])),
      '/catalog/data%20modelling%2Fv2.json': JSON.stringify(spaced),
    });
    await expect(createHttpCatalog(catalogUrl()).loadLadder(spaced.id)).resolves.toEqual(spaced);
  });

  it('uses the fetch it is given (the platform fetch fits the type)', async () => {
    serve();
    const asked: string[] = [];
    const platform: CatalogFetch = fetch;
    const catalog = createHttpCatalog(catalogUrl(), {
      fetch: (url, init) => {
        asked.push(url);
        return platform(url, init);
      },
    });
    await catalog.loadLadder('ml-pipelines');
    expect(asked).toEqual([catalogUrl(), `${origin}/catalog/ml-pipelines.json`]);
  });

  it('starts from an index and ladders it is given, with no request for them', async () => {
    serve();
    const index = buildCatalogIndex(ladders);
    const catalog = createHttpCatalog(catalogUrl(), { index, ladders: [mlPipelines] });
    expect(catalog.peekIndex()).toBe(index);
    await expect(catalog.loadLadder('ml-pipelines')).resolves.toBe(mlPipelines);
    await catalog.loadLadder('data-modelling');
    expect(requests).toEqual(['/catalog/data-modelling.json']);
  });

  it('rejects an id the index does not have, without asking the server for it', async () => {
    serve();
    const details = await failure(createHttpCatalog(catalogUrl()).loadLadder('ml-pipeline'));
    expect(details).toEqual({
      kind: 'unknown-skill',
      skillId: 'ml-pipeline',
      knownIds: ['ml-pipelines', 'data-modelling'],
    });
    expect(requests).toEqual(['/catalog/index.json']);
  });

  it.each([404, 500])('reports HTTP status %i with the URL', async (status) => {
    serve({ '/catalog/index.json': json('{}', status) });
    expect(await failure(createHttpCatalog(catalogUrl()).loadIndex())).toEqual({
      kind: 'http-status',
      url: catalogUrl(),
      status,
    });
  });

  it('retries after a failure: nothing failed is cached', async () => {
    serve({ '/catalog/data-modelling.json': json('oops', 500) });
    const catalog = createHttpCatalog(catalogUrl());
    expect((await failure(catalog.loadLadder('data-modelling'))).kind).toBe('http-status');
    expect(catalog.peekLadder('data-modelling')).toBeUndefined();
    serve();
    await expect(catalog.loadLadder('data-modelling')).resolves.toEqual(dataModelling);
    expect(count('/catalog/data-modelling.json')).toBe(2);
    expect(count('/catalog/index.json')).toBe(1);
  });

  it('retries an index that failed', async () => {
    serve({ '/catalog/index.json': json('{}', 503) });
    const catalog = createHttpCatalog(catalogUrl());
    expect((await failure(catalog.loadIndex())).kind).toBe('http-status');
    expect(catalog.peekIndex()).toBeUndefined();
    serve();
    await expect(catalog.loadIndex()).resolves.toHaveProperty('skills.length', 2);
  });

  it('reports a body cut short (Content-Length larger than what arrives) as a network error', async () => {
    serve({
      '/catalog/data-modelling.json': (_request, response) => {
        const text = JSON.stringify(dataModelling);
        response.writeHead(200, { 'Content-Length': String(text.length) });
        response.write(text.slice(0, 200), () => response.destroy());
      },
    });
    const details = await failure(createHttpCatalog(catalogUrl()).loadLadder('data-modelling'));
    expect(details).toMatchObject({
      kind: 'network',
      url: `${origin}/catalog/data-modelling.json`,
    });
  });

  it('reports a connection dropped before any answer as a network error', async () => {
    serve({ '/catalog/index.json': (request) => request.socket.destroy() });
    expect(await failure(createHttpCatalog(catalogUrl()).loadIndex())).toMatchObject({
      kind: 'network',
      url: catalogUrl(),
      reason: expect.stringMatching(/fetch failed/),
    });
  });

  it('reports invalid JSON with the position of the error', async () => {
    const text = '{"format": "skill-ladder-catalog",}';
    serve({ '/catalog/index.json': text });
    const details = await failure(createHttpCatalog(catalogUrl()).loadIndex());
    expect(details).toMatchObject({ kind: 'invalid-json', url: catalogUrl() });
    expect(details.kind === 'invalid-json' && text[details.position ?? -1]).toBe('}');
  });

  it('reports a JSON text cut short (a whole answer, sent as it was stored) at its end', async () => {
    const text = JSON.stringify(dataModelling).slice(0, 200);
    serve({ '/catalog/data-modelling.json': text });
    const details = await failure(createHttpCatalog(catalogUrl()).loadLadder('data-modelling'));
    expect(details).toMatchObject({ kind: 'invalid-json', position: text.length });
  });

  it('reports an invalid index with the paths of its problems', async () => {
    const index = JSON.parse(indexText) as { skills: { requirements: object }[] };
    index.skills[1]!.requirements = { ...index.skills[1]!.requirements, 'ml-engineer': [] };
    serve({ '/catalog/index.json': JSON.stringify({ ...index, version: 2 }) });
    const details = await failure(createHttpCatalog(catalogUrl()).loadIndex());
    expect(details.kind === 'invalid-index' && details.errors.map((e) => e.path)).toEqual([
      'version',
      'skills[1].requirements["ml-engineer"]',
    ]);
  });

  it('reports an invalid ladder with the paths of its problems', async () => {
    const broken = { ...dataModelling, updated: '2026-02-30', cells: dataModelling.cells.slice(1) };
    serve({ '/catalog/data-modelling.json': JSON.stringify(broken) });
    const details = await failure(createHttpCatalog(catalogUrl()).loadLadder('data-modelling'));
    expect(details).toMatchObject({
      kind: 'invalid-ladder',
      skillId: 'data-modelling',
      url: `${origin}/catalog/data-modelling.json`,
    });
    expect(details.kind === 'invalid-ladder' && details.errors.map((e) => e.path)).toEqual([
      'updated',
      'cells',
    ]);
  });

  it('reports a file that disagrees with its index entry, naming the fields', async () => {
    const [first, ...rest] = dataModelling.cells;
    const changed: Ladder = {
      ...dataModelling,
      roles: [...dataModelling.roles].reverse(),
      cells: [
        {
          ...first!,
          requirement: first!.requirement === 'required' ? 'optional' : 'required',
          description: 'x',
        },
        ...rest,
      ],
    };
    serve({
      '/catalog/data-modelling.json': JSON.stringify(changed),
      '/catalog/ml-pipelines.json': JSON.stringify(dataModelling),
    });
    const catalog = createHttpCatalog(catalogUrl());
    expect(await failure(catalog.loadLadder('data-modelling'))).toEqual({
      kind: 'index-mismatch',
      url: `${origin}/catalog/data-modelling.json`,
      skillId: 'data-modelling',
      fields: ['roles', 'requirements'],
    });
    expect(await failure(catalog.loadLadder('ml-pipelines'))).toMatchObject({
      kind: 'index-mismatch',
      fields: ['id'],
    });
    expect(catalog.peekLadder('data-modelling')).toBeUndefined();
  });

  it('reports a file whose name, domain, group or language differ from its index entry', async () => {
    const renamed: Ladder = { ...dataModelling, name: 'Renamed', group: 'Elsewhere', lang: 'fr' };
    serve({ '/catalog/data-modelling.json': JSON.stringify(renamed) });
    const catalog = createHttpCatalog(catalogUrl());
    expect(await failure(catalog.loadLadder('data-modelling'))).toMatchObject({
      kind: 'index-mismatch',
      fields: ['name', 'group', 'lang'],
    });
  });

  it('shares one request between concurrent loads of one id', async () => {
    const slow = held(JSON.stringify(dataModelling));
    serve({ '/catalog/data-modelling.json': slow.handler });
    const catalog = createHttpCatalog(catalogUrl());
    const first = catalog.loadLadder('data-modelling');
    const second = catalog.loadLadder('data-modelling');
    await slow.arrived;
    const third = catalog.loadLadder('data-modelling');
    slow.release();
    const loaded = await Promise.all([first, second, third]);
    expect(loaded[0]).toEqual(dataModelling);
    expect(loaded[1]).toBe(loaded[0]);
    expect(loaded[2]).toBe(loaded[0]);
    expect(count('/catalog/data-modelling.json')).toBe(1);
    expect(count('/catalog/index.json')).toBe(1);
  });

  it('gives each load its own ladder when answers come back out of order', async () => {
    const ml = held(JSON.stringify(mlPipelines));
    const data = held(JSON.stringify(dataModelling));
    serve({
      '/catalog/ml-pipelines.json': ml.handler,
      '/catalog/data-modelling.json': data.handler,
    });
    const catalog = createHttpCatalog(catalogUrl());
    const settled: string[] = [];
    const first = catalog.loadLadder('ml-pipelines').then((ladder) => {
      settled.push(ladder.id);
      return ladder;
    });
    const second = catalog.loadLadder('data-modelling').then((ladder) => {
      settled.push(ladder.id);
      return ladder;
    });
    await Promise.all([ml.arrived, data.arrived]);
    data.release();
    await expect(second).resolves.toEqual(dataModelling);
    expect(settled).toEqual(['data-modelling']);
    ml.release();
    await expect(first).resolves.toEqual(mlPipelines);
    expect(settled).toEqual(['data-modelling', 'ml-pipelines']);
  });

  it('lets one caller abort while another still gets the ladder from the same request', async () => {
    const slow = held(JSON.stringify(dataModelling));
    serve({ '/catalog/data-modelling.json': slow.handler });
    const catalog = createHttpCatalog(catalogUrl());
    const leaving = new AbortController();
    const aborted = catalog.loadLadder('data-modelling', { signal: leaving.signal });
    const staying = catalog.loadLadder('data-modelling', { signal: new AbortController().signal });
    await slow.arrived;
    const reason = new DOMException('The user chose another skill', 'AbortError');
    leaving.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    slow.release();
    await expect(staying).resolves.toEqual(dataModelling);
    expect(count('/catalog/data-modelling.json')).toBe(1);
  });

  it('aborts the request when every caller aborted, and a later load asks again', async () => {
    const slow = held(JSON.stringify(dataModelling));
    serve({ '/catalog/data-modelling.json': slow.handler });
    const catalog = createHttpCatalog(catalogUrl());
    const one = new AbortController();
    const two = new AbortController();
    const first = catalog.loadLadder('data-modelling', { signal: one.signal });
    const second = catalog.loadLadder('data-modelling', { signal: two.signal });
    await slow.arrived;
    one.abort();
    await expect(first).rejects.toBe(one.signal.reason);
    two.abort(new Error('second left'));
    await expect(second).rejects.toThrow('second left');
    await slow.closed;
    expect(catalog.peekLadder('data-modelling')).toBeUndefined();
    serve();
    await expect(catalog.loadLadder('data-modelling')).resolves.toEqual(dataModelling);
    expect(count('/catalog/data-modelling.json')).toBe(2);
  });

  it('aborts a load that is still waiting for the index', async () => {
    const slowIndex = held(indexText);
    serve({ '/catalog/index.json': slowIndex.handler });
    const catalog = createHttpCatalog(catalogUrl());
    const controller = new AbortController();
    const load = catalog.loadLadder('ml-pipelines', { signal: controller.signal });
    await slowIndex.arrived;
    controller.abort();
    await expect(load).rejects.toBe(controller.signal.reason);
    await slowIndex.closed;
    expect(catalog.peekIndex()).toBeUndefined();
    expect(requests).toEqual(['/catalog/index.json']);
  });

  it('says so when a relative URL has no page to resolve it against', async () => {
    const details = await failure(createHttpCatalog('/catalog/index.json').loadIndex());
    expect(details).toEqual({
      kind: 'network',
      url: '/catalog/index.json',
      reason:
        '"/catalog/index.json" is not an absolute URL, and there is no page location to resolve it against.',
    });
  });

  it('says so when the index URL is no URL even relative to the page', async () => {
    vi.stubGlobal('location', { href: `${origin}/framework.html` });
    const details = await failure(createHttpCatalog('http://[').loadIndex());
    expect(details).toEqual({
      kind: 'network',
      url: 'http://[',
      reason: `"http://[" is not a URL, even relative to ${origin}/framework.html.`,
    });
  });

  it('rejects at once, with no request, when the signal is already aborted', async () => {
    serve();
    const catalog = createHttpCatalog(catalogUrl());
    const signal = AbortSignal.abort();
    await expect(catalog.loadLadder('data-modelling', { signal })).rejects.toBe(signal.reason);
    expect(requests).toEqual([]);
  });
});
