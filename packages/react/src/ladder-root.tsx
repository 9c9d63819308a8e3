import type { Ladder, LadderOfSkill } from '@skill-ladder/core';
import { createTranslator } from '@skill-ladder/core';
import { readOverrides } from '@skill-ladder/core/internal';
import type { VariantProps } from 'class-variance-authority';
import { lazy, Suspense, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { classNames } from './class-names.js';
import {
  LadderDataContext,
  LadderStateContext,
  type Direction,
  type LadderData,
} from './ladder-context.js';
import { LadderErrorBoundary, LadderErrorPanel } from './ladder-error.js';
import { LoadingPanel } from './load-states.js';
import { rootVariants as root } from './root-variants.js';
import { useCatalogLadder, type CatalogSourceProps } from './use-catalog-ladder.js';
import { useDirection } from './use-direction.js';
import { useFocusCarry, type FocusCarry } from './use-focus-carry.js';
import { useSkillLadder, type UseSkillLadderOptions } from './use-skill-ladder.js';

type RootVariants = VariantProps<typeof root>;

// Only a failed load from a catalog needs it (and the catalog's error messages): loaded then.
const LoadErrorPanel = lazy(() => import('./load-error-panel.js'));

/** How the root looks: text size, spacing, colour scheme, and whether our styles apply. */
export interface LadderAppearanceProps {
  /** Text size: `'sm'`, `'md'` (default) or `'lg'`. */
  size?: NonNullable<RootVariants['size']>;
  /** Spacing: `'comfortable'` (default) or `'compact'`. */
  density?: NonNullable<RootVariants['density']>;
  /** Colour scheme: follow the system (default), or force `'light'` or `'dark'`. */
  theme?: 'system' | 'light' | 'dark';
  /** Render the same markup and `data-*` attributes with none of our class names. */
  unstyled?: boolean;
  /**
   * Writing direction: `'ltr'` or `'rtl'`. Left out, the ladder follows the page's direction
   * (read after mount for the keyboard; layout follows it at once). Pass it when a right-to-left
   * page is rendered on the server, so the first paint is laid out right.
   */
  dir?: Direction;
}

/** Props of `LadderRoot`: where the ladder comes from, its state and language, its look; the rest go to its `<div>`. */
export type LadderRootProps<
  S extends string = string,
  T extends Ladder = LadderOfSkill<S>,
> = UseSkillLadderOptions<S, T> &
  CatalogSourceProps &
  LadderAppearanceProps &
  ComponentPropsWithoutRef<'div'> & {
    /** The parts to show, in any order: `LadderSummary`, `LevelSelector`, `LadderMatrix`… */
    children?: ReactNode;
  };

type ProviderProps = UseSkillLadderOptions &
  CatalogSourceProps & {
    focus: FocusCarry;
    unstyled: boolean;
    dir: Direction | undefined;
    children?: ReactNode;
  };

function LadderProvider({ focus, unstyled, dir, children, catalog, ...options }: ProviderProps) {
  const load = useCatalogLadder(catalog, options.skill, options.syncWithUrl);
  const loaded = load?.status === 'ready' ? load.value : undefined;
  const state = useSkillLadder(load ? { ...options, skill: undefined, ladder: loaded } : options);
  const { t } = state;
  const ladder = state.status === 'ready' ? state.ladder : undefined;
  const counts = state.status === 'ready' ? state.counts : undefined;
  const data = useMemo(
    () => (ladder && counts ? { ladder, t, counts, unstyled, dir } : undefined),
    [ladder, t, counts, unstyled, dir],
  );
  if (load?.status === 'loading') {
    return (
      <LoadingPanel
        label={t.message('catalog.loading')}
        unstyled={unstyled}
        focusRef={focus.take}
      />
    );
  }
  if (load?.status === 'error') {
    const title = t.message('error.title');
    const { error, retry } = load;
    return (
      <Suspense>
        <LoadErrorPanel
          error={error}
          title={title}
          onRetry={retry}
          focus={focus}
          t={t}
          unstyled={unstyled}
        />
      </Suspense>
    );
  }
  if (state.status === 'error') {
    return (
      <LadderErrorPanel
        failure={state.problem}
        locale={options.locale}
        messages={options.messages}
        unstyled={unstyled}
      />
    );
  }
  return (
    <LadderDataContext.Provider value={data as LadderData}>
      <LadderStateContext.Provider value={state}>{children}</LadderStateContext.Provider>
    </LadderDataContext.Provider>
  );
}

/**
 * The provider every part reads, like Radix's `Tabs.Root`: it resolves the ladder (`skill` or
 * `ladder` data, validated once, or `skill` loaded from a `catalog`) and puts it in the reader's
 * language (`locale`, once), holds the selected level and focused career role (controlled or
 * not), builds the translator once, and carries the `--sl-*` tokens, colour scheme, size,
 * density, `lang` and `dir`. An unknown skill, invalid data, unreadable messages or an error
 * while rendering shows an alert panel in place of the parts; nothing is thrown into the host.
 * Styling hooks: `data-slot="root"`, and `data-theme`, `data-size`, `data-density` when they
 * differ from the defaults (system, md, comfortable).
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="senior" theme="dark">
 *   <LadderSummary />
 *   <h3>Our expectations</h3>
 *   <LadderMatrix />
 * </LadderRoot>
 */
export function LadderRoot<const S extends string = string, T extends Ladder = LadderOfSkill<S>>(
  props: LadderRootProps<S, T>,
) {
  const {
    skill,
    ladder,
    registry,
    catalog,
    level,
    defaultLevel,
    onLevelChange,
    careerRole,
    defaultCareerRole,
    onCareerRoleChange,
    syncWithUrl,
    locale,
    messages,
    size = 'md',
    density = 'comfortable',
    theme = 'system',
    unstyled = false,
    dir,
    className,
    children,
    ...rest
  } = props as LadderRootProps;
  // Read once here, so a host's throwing getter becomes an alert rather than a crash.
  const read = useMemo(() => readOverrides(messages), [messages]);
  const [rootRef, direction] = useDirection(dir);
  const focus = useFocusCarry(rootRef);
  // The interface's language, as the translator of the parts resolves it.
  const lang = useMemo(
    () => createTranslator(locale, read.ok ? read.overrides : undefined).locale,
    [locale, read],
  );
  const crashPanel = (reason: string) => (
    // The host's message overrides may be what failed, so the panel does without them.
    <LadderErrorPanel locale={locale} unstyled={unstyled} failure={{ kind: 'crash', reason }} />
  );
  return (
    <div
      data-slot="root"
      data-theme={theme === 'system' ? undefined : theme}
      // The defaults are not written out: the page carries what differs from them.
      data-size={size === 'md' ? undefined : size}
      data-density={density === 'comfortable' ? undefined : density}
      lang={lang}
      dir={dir}
      className={classNames(unstyled, root({ size, density }), className)}
      {...rest}
      ref={rootRef}
    >
      <LadderErrorBoundary
        resetKeys={[skill, ladder, registry, catalog, locale, messages]}
        fallback={(error) => crashPanel(error instanceof Error ? error.message : String(error))}
      >
        {read.ok ? (
          <LadderProvider
            skill={skill}
            ladder={ladder}
            registry={registry}
            catalog={catalog}
            level={level}
            defaultLevel={defaultLevel}
            onLevelChange={onLevelChange}
            careerRole={careerRole}
            defaultCareerRole={defaultCareerRole}
            onCareerRoleChange={onCareerRoleChange}
            syncWithUrl={syncWithUrl}
            locale={locale}
            messages={read.overrides}
            focus={focus}
            unstyled={unstyled}
            dir={direction}
          >
            {children}
          </LadderProvider>
        ) : (
          crashPanel(read.reason)
        )}
      </LadderErrorBoundary>
    </div>
  );
}
