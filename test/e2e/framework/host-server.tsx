import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { renderPage } from './server';

// A host's Node server: `/ssr` renders the framework page on the server and the client
// hydrates it; `/spa` sends an empty page the client renders; anything else is a static file
// (the client bundle, the stylesheets and the catalog under /catalog/).
const site = process.argv[2] as string;
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const page = (body: string, seed: string | undefined) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Career framework</title>
<link rel="stylesheet" href="/styles.css"><link rel="stylesheet" href="/catalog.css"></head>
<body><main id="root">${body}</main>${
    seed === undefined ? '' : `<script type="application/json" id="seed">${seed}</script>`
  }<script type="module" src="/client.js"></script></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  const send = (status: number, type: string, body: string) =>
    response.writeHead(status, { 'content-type': type }).end(body);
  // Browsers ask for it on their own; there is none, and that is fine.
  if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
  if (url.pathname === '/spa') return send(200, 'text/html; charset=utf-8', page('', undefined));
  if (url.pathname === '/ssr') {
    renderPage(url.origin, url.search).then(
      ({ html, seed }) => send(200, 'text/html; charset=utf-8', page(html, seed)),
      (error: unknown) => send(500, 'text/plain', String(error)),
    );
    return;
  }
  const file = join(site, normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
    return send(404, 'text/plain', 'not found');
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`http://127.0.0.1:${address.port}`);
});
