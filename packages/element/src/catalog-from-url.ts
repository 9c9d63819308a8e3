import { createHttpCatalog, type Catalog } from '@skill-ladder/core/catalog';

const catalogs = new Map<string, Catalog>();

/**
 * One HTTP catalog per absolute index URL, shared by every element on the page, so a skill
 * loaded by `<skill-catalog>` is not fetched again by `<skill-ladder>`.
 */
export function catalogFromUrl(url: string | undefined): Catalog | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    // Not a URL at all: the catalog's first load rejects with a CatalogError naming it, and
    // the element shows its error panel instead of throwing into the page.
    absolute = url;
  }
  let catalog = catalogs.get(absolute);
  if (!catalog) {
    catalog = createHttpCatalog(absolute);
    catalogs.set(absolute, catalog);
  }
  return catalog;
}
