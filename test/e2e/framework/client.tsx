import { createHttpCatalog, type HttpCatalogOptions } from '@skill-ladder/core/catalog';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, readView } from './app';

// A server render leaves what it loaded in the page, so the first client render matches it.
const seedText = document.getElementById('seed')?.textContent;
const seed = seedText ? (JSON.parse(seedText) as HttpCatalogOptions) : undefined;
const catalog = createHttpCatalog('/catalog/index.json', seed);
const app = (
  <StrictMode>
    <App catalog={catalog} view={readView(location.search)} />
  </StrictMode>
);
const root = document.getElementById('root') as HTMLElement;
if (seed) {
  hydrateRoot(root, app, {
    onRecoverableError: (error) => console.error(`recoverable: ${String(error)}`),
  });
} else createRoot(root).render(app);
