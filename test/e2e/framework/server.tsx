import { createHttpCatalog, type Catalog } from '@skill-ladder/core/catalog';
import { renderToString } from 'react-dom/server';
import { App, readView } from './app';

/**
 * What a server does for one request: load the index (and the skill's ladder, if the page shows
 * one) before rendering, render, and hand the client what it loaded, so it hydrates without a
 * loading state. Next.js App Router does the same in a server component.
 */
export async function renderPage(origin: string, search: string) {
  const catalog: Catalog = createHttpCatalog(new URL('/catalog/index.json', origin).href);
  const view = readView(search);
  const index = await catalog.loadIndex();
  const ladders = view.skill ? [await catalog.loadLadder(view.skill)] : [];
  const html = renderToString(<App catalog={catalog} view={view} />);
  // `<` escaped, so that no text in the data can close the script element.
  const seed = JSON.stringify({ index, ladders }).replaceAll('<', '\\u003c');
  return { html, seed };
}
