import { createTranslator, readOverrides, resolveLocale } from '@skill-ladder/core';
import { cva, type VariantProps } from 'class-variance-authority';
import { useMemo, type ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';
import { LadderErrorBoundary, LadderErrorPanel } from './ladder-error';
import { LadderMatrix } from './ladder-matrix';
import { LadderSummary } from './ladder-summary';
import { LevelSelector } from './level-selector';
import { PromotionCards } from './promotion-cards';
import { RoleComparisonTable } from './role-comparison-table';
import { RoleSelect } from './role-select';
import { useSkillLadder, type UseSkillLadderOptions } from './use-skill-ladder';

const root = cva('sl-root', {
  variants: {
    size: { sm: 'sl-size-sm', md: 'sl-size-md', lg: 'sl-size-lg' },
    density: { comfortable: 'sl-density-comfortable', compact: 'sl-density-compact' },
  },
  defaultVariants: { size: 'md', density: 'comfortable' },
});

type RootVariants = VariantProps<typeof root>;

/** Props of `SkillLadder`; the rest go to its root `<div>`. */
export interface SkillLadderProps
  extends
    UseSkillLadderOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role' | 'defaultValue'> {
  /** Text size: `'sm'`, `'md'` (default) or `'lg'`. */
  size?: NonNullable<RootVariants['size']>;
  /** Spacing: `'comfortable'` (default) or `'compact'`. */
  density?: NonNullable<RootVariants['density']>;
  /** Colour scheme: follow the system (default), or force `'light'` or `'dark'`. */
  theme?: 'system' | 'light' | 'dark';
  /** Render the same markup and `data-*` attributes with none of our class names. */
  unstyled?: boolean;
}

function SkillLadderBody({ unstyled, ...options }: UseSkillLadderOptions & { unstyled?: boolean }) {
  const state = useSkillLadder(options);
  if (state.status === 'error') {
    return <LadderErrorPanel failure={state.problem} t={state.t} unstyled={unstyled} />;
  }
  const { ladder, level, role, t } = state;
  const { locale, messages } = options;
  const common = { ladder, locale, messages, unstyled };
  return (
    <>
      <LadderSummary {...common} />
      <p data-slot="how-to">{t.t('howTo')}</p>
      <LevelSelector
        {...common}
        value={level.id}
        onValueChange={state.setLevel}
        toolbar={<RoleSelect {...common} value={role?.id ?? null} onValueChange={state.setRole} />}
      >
        <PromotionCards {...common} level={level.id} role={role?.id} />
        <RoleComparisonTable {...common} level={level.id} role={role?.id} />
      </LevelSelector>
      <LadderMatrix
        {...common}
        level={level.id}
        role={role?.id}
        onCellSelect={(cell) => state.setLevel(cell.level)}
      />
    </>
  );
}

/**
 * The whole skill ladder in one element: summary, level tabs with a role picker, what to
 * master for the next level, the comparison table of the selected level, and the matrix of
 * every role and level. Pass `skill` (an id) or `ladder` (data, validated). An unknown skill,
 * invalid data or an error while rendering shows an alert panel in its place; nothing is
 * thrown into the host page.
 *
 * Styling hooks: `data-slot="root"`, `data-theme`, `data-size`, `data-density`, the `--sl-*`
 * variables of `styles.css`, `className` on every part, and `unstyled`.
 *
 * @example
 * import '@skill-ladder/react/styles.css';
 * <SkillLadder skill="ml-pipelines" defaultLevel="middle" />
 */
export function SkillLadder({
  skill,
  ladder,
  registry,
  level,
  defaultLevel,
  onLevelChange,
  role,
  defaultRole,
  onRoleChange,
  locale,
  messages,
  size = 'md',
  density = 'comfortable',
  theme = 'system',
  unstyled,
  className,
  ...rest
}: SkillLadderProps) {
  // Read once here, so a host's throwing getter becomes an alert rather than a crash.
  const read = useMemo(() => readOverrides(messages), [messages]);
  const crashPanel = (reason: string) => (
    <LadderErrorPanel
      // The host's message overrides may be what failed, so the panel does without them.
      t={createTranslator(locale)}
      unstyled={unstyled}
      failure={{ kind: 'crash', reason }}
    />
  );
  return (
    <div
      data-slot="root"
      data-theme={theme === 'system' ? undefined : theme}
      data-size={size}
      data-density={density}
      lang={resolveLocale(locale)}
      className={classNames(unstyled, root({ size, density }), className)}
      {...rest}
    >
      <LadderErrorBoundary
        resetKeys={[skill, ladder, registry, locale, messages]}
        fallback={(error) => crashPanel(error instanceof Error ? error.message : String(error))}
      >
        {!read.ok ? (
          crashPanel(read.reason)
        ) : (
          <SkillLadderBody
            skill={skill}
            ladder={ladder}
            registry={registry}
            level={level}
            defaultLevel={defaultLevel}
            onLevelChange={onLevelChange}
            role={role}
            defaultRole={defaultRole}
            onRoleChange={onRoleChange}
            locale={locale}
            messages={read.overrides}
            unstyled={unstyled}
          />
        )}
      </LadderErrorBoundary>
    </div>
  );
}
