import { createHttpCatalog } from '@skill-ladder/core/catalog';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, readView } from './app';

const catalog = createHttpCatalog('/catalog/index.json');
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App catalog={catalog} view={readView(location.search)} />
  </StrictMode>,
);
