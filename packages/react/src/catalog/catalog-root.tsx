import { createTranslator, type HostMessages, type Translator } from '@skill-ladder/core';
import type { Catalog, CatalogIndex } from '@skill-ladder/core/catalog';
import { useMemo, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { classNames } from '../class-names.js';
import type { LadderAppearanceProps } from '../ladder-root.js';
import LoadErrorPanel from '../load-error-panel.js';
import { LoadingPanel } from '../load-states.js';
import { rootVariants } from '../root-variants.js';
import { useCatalogLoad } from '../use-catalog-load.js';
import { useFocusCarry } from '../use-focus-carry.js';

/** What every catalog part takes: the catalog, the language, the look; the rest go to its `<div>`. */
export type CatalogPartProps = LadderAppearanceProps &
  Omit<ComponentPropsWithoutRef<'div'>, 'children'> & {
    /** The catalog to show (`createHttpCatalog`, `createMemoryCatalog`). */
    catalog: Catalog;
    /** Interface and content language: `'en'` (default), `'zh-CN'`, or any tag with `messages`. */
    locale?: string;
    /** Overrides for any interface string by key, or a whole message set for any locale. */
    messages?: HostMessages;
  };

const peekIndex = (catalog: Catalog) => catalog.peekIndex();
const loadIndex = (catalog: Catalog, _id: string, signal: AbortSignal) =>
  catalog.loadIndex({ signal });

interface CatalogRootProps extends CatalogPartProps {
  /** The part's name, for `data-slot`. */
  slot: string;
  /** What the part shows once the index is there. */
  render: (index: CatalogIndex, t: Translator, unstyled: boolean) => ReactNode;
}

/**
 * The root of a catalog part: the `--sl-*` tokens and variants of `LadderRoot`, the language,
 * and the catalog's index — at once when the catalog has it, else a loading state, or an error
 * panel with Retry.
 */
export function CatalogRoot({
  catalog,
  locale,
  messages,
  size = 'md',
  density = 'comfortable',
  theme = 'system',
  unstyled = false,
  className,
  slot,
  render,
  ...rest
}: CatalogRootProps) {
  const t = useMemo(() => createTranslator(locale, messages), [locale, messages]);
  const load = useCatalogLoad(catalog, '', peekIndex, loadIndex);
  const rootRef = useRef<HTMLDivElement>(null);
  const focus = useFocusCarry(rootRef);
  let body: ReactNode;
  if (load?.status === 'ready') body = render(load.value, t, unstyled);
  else if (load?.status === 'error') {
    body = (
      <LoadErrorPanel
        error={load.error}
        title={t.message('catalog.errorTitle')}
        onRetry={load.retry}
        focus={focus}
        t={t}
        unstyled={unstyled}
      />
    );
  } else {
    body = (
      <LoadingPanel
        label={t.message('catalog.loading')}
        unstyled={unstyled}
        focusRef={focus.take}
      />
    );
  }
  return (
    <div
      data-slot={slot}
      data-theme={theme === 'system' ? undefined : theme}
      data-size={size === 'md' ? undefined : size}
      data-density={density === 'comfortable' ? undefined : density}
      lang={t.locale}
      className={classNames(unstyled, rootVariants({ size, density }), className)}
      {...rest}
      ref={rootRef}
    >
      {body}
    </div>
  );
}
