import type { Translator } from '@skill-ladder/core';
import { catalogRoles, searchCatalog, type CatalogIndex } from '@skill-ladder/core/catalog';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { markLang } from '../content-text.js';
import { useControllableState } from '../use-controllable-state.js';
import { CatalogRoot, type CatalogPartProps } from './catalog-root.js';
import { CatalogResults, type SkillTarget } from './catalog-results.js';

/** Props of `SkillCatalog`; the rest go to its root `<div>`. */
export type SkillCatalogProps = CatalogPartProps &
  SkillTarget & {
    /** The search text at first. */
    defaultQuery?: string;
    /** The role whose skills are shown (controlled), or `null` for every skill. */
    careerRole?: string | null;
    /** The role shown at first (uncontrolled). Default: `null`, every skill. */
    defaultCareerRole?: string | null;
    /** Called with the role id the user picks, or `null` for every role. */
    onCareerRoleChange?: (careerRole: string | null) => void;
  };

interface BrowserProps extends SkillTarget {
  index: CatalogIndex;
  t: Translator;
  locale: string | undefined;
  defaultQuery: string;
  careerRole: string | null;
  setCareerRole: (careerRole: string | null) => void;
}

// A native <select> cannot hold null, so "every role" travels as an empty string.
const ALL = '';

function CatalogBrowser({
  index,
  t,
  locale,
  defaultQuery,
  careerRole,
  setCareerRole,
  getSkillHref,
  onSkillSelect,
}: BrowserProps) {
  const id = useId();
  const [query, setQuery] = useState(defaultQuery);
  // The box shows each keystroke at once; the list follows when React has time, so typing is
  // never held up by a long list.
  const deferredQuery = useDeferredValue(query);
  const deferredRole = useDeferredValue(careerRole);
  const roles = useMemo(() => catalogRoles(index, locale), [index, locale]);
  const result = useMemo(
    () => searchCatalog(index, deferredQuery, { careerRole: deferredRole, locale }),
    [index, deferredQuery, deferredRole, locale],
  );
  const stale = query !== deferredQuery || careerRole !== deferredRole;
  return (
    <>
      <div data-slot="catalog-toolbar" role="search">
        <div data-slot="catalog-search">
          <label htmlFor={`${id}-query`}>{t.message('catalog.search')}</label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div data-slot="role-select">
          <label htmlFor={`${id}-role`}>{t.message('roleFilter.label')}</label>
          <select
            id={`${id}-role`}
            value={careerRole ?? ALL}
            onChange={(event) =>
              setCareerRole(event.target.value === ALL ? null : event.target.value)
            }
          >
            <option value={ALL}>{t.message('roleFilter.all')}</option>
            {roles.map((role) => (
              <option key={role.id} value={role.id} lang={markLang(t, role.lang)}>
                {role.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" data-slot="catalog-count">
        {t.message('catalog.results', { count: result.count })}
      </p>
      {result.count === 0 ? (
        <div data-slot="catalog-empty">
          <p>{t.message('catalog.empty')}</p>
        </div>
      ) : (
        <CatalogResults
          result={result}
          locale={locale}
          t={t}
          stale={stale}
          getSkillHref={getSkillHref}
          onSkillSelect={onSkillSelect}
        />
      )}
    </>
  );
}

/**
 * Every skill of a catalog, grouped by domain › group, with a search box (name, keywords,
 * domain, group and role names; case, accents and Chinese handled by `searchCatalog`), a role
 * filter, the number of results announced politely, and an empty state. Each skill is a link
 * (`getSkillHref`) or a button (`onSkillSelect`). Typing is never blocked by the list. While the
 * index of an HTTP catalog loads it shows a loading state; if that fails, an error panel with
 * Retry. Styling hooks: `data-slot="catalog" | "catalog-toolbar" | "catalog-count" |
 * "catalog-domain" | "catalog-group" | "catalog-skill" | "catalog-empty"`, `data-state="stale"`
 * on the list while it catches up with the query.
 *
 * @example
 * import '@skill-ladder/react/styles.css';
 * import '@skill-ladder/react/catalog.css';
 * const catalog = createHttpCatalog('/ladders/index.json');
 * <SkillCatalog catalog={catalog} getSkillHref={(skill) => `/skills/${skill.id}`} />
 */
export function SkillCatalog({
  defaultQuery = '',
  careerRole: careerRoleProp,
  defaultCareerRole = null,
  onCareerRoleChange,
  getSkillHref,
  onSkillSelect,
  ...rest
}: SkillCatalogProps) {
  const [careerRole, setCareerRole] = useControllableState(
    careerRoleProp,
    defaultCareerRole,
    onCareerRoleChange,
  );
  return (
    <CatalogRoot
      slot="catalog"
      {...rest}
      render={(index, t) => (
        <CatalogBrowser
          index={index}
          t={t}
          locale={rest.locale}
          defaultQuery={defaultQuery}
          careerRole={careerRole}
          setCareerRole={setCareerRole}
          getSkillHref={getSkillHref}
          onSkillSelect={onSkillSelect}
        />
      )}
    />
  );
}
