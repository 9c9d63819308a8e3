import { createHttpCatalog, type CatalogFetch } from '@skill-ladder/core/catalog';

/**
 * The sample catalog (fictional data, samples/catalog/) as a company would serve it: static
 * JSON from Storybook's static files (`.storybook/main.ts` maps samples/catalog/public to
 * /catalog). One catalog for every story, so a ladder loaded once is cached for the others.
 */
export const sampleCatalog = createHttpCatalog('catalog/index.json');

/** A catalog whose requests never answer: every part stays in its loading state. */
export const neverLoadingCatalog = createHttpCatalog('catalog/index.json', {
  fetch: () => new Promise(() => {}),
});

// An answer of 404 without a request, so that the browser logs no failed load.
const notFound: ReturnType<CatalogFetch> = Promise.resolve({
  ok: false,
  status: 404,
  text: async () => 'Not found',
});

/** A catalog whose index is missing (404). */
export const missingCatalog = createHttpCatalog('catalog/index.json', { fetch: () => notFound });

/** A catalog whose index loads and whose ladder files are missing (404). */
export const missingLaddersCatalog = createHttpCatalog('catalog/index.json', {
  fetch: (url, init) => (url.endsWith('/index.json') ? fetch(url, init) : notFound),
});
