import { readOverrides } from '@skill-ladder/core';
import { useMemo } from 'react';
import { ExportMenu } from './export-menu.js';
import { LadderErrorBoundary, LadderErrorPanel } from './ladder-error.js';
import { LadderMatrix } from './ladder-matrix.js';
import { LadderRoot, type LadderRootProps } from './ladder-root.js';
import { LadderSummary } from './ladder-summary.js';
import { LevelSelector } from './level-selector.js';
import { PromotionCards } from './promotion-cards.js';
import { RoleComparisonTable } from './role-comparison-table.js';
import { RoleSelect } from './role-select.js';
import { useSkillLadder, type UseSkillLadderOptions } from './use-skill-ladder.js';

/** Props of `SkillLadder`; the rest go to its root `<div>`. */
export interface SkillLadderProps
  extends
    UseSkillLadderOptions,
    Omit<LadderRootProps, 'children' | 'role' | 'defaultValue' | 'locale'> {
  /** Show an Export menu that downloads the ladder as CSV or the selected level as Markdown. */
  exportable?: boolean;
}

function SkillLadderBody({
  unstyled,
  exportable,
  ...options
}: UseSkillLadderOptions & { unstyled?: boolean; exportable?: boolean }) {
  const state = useSkillLadder(options);
  if (state.status === 'error') {
    const { locale, messages } = options;
    return (
      <LadderErrorPanel
        failure={state.problem}
        locale={locale}
        messages={messages}
        unstyled={unstyled}
      />
    );
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
        toolbar={
          <>
            <RoleSelect {...common} value={role?.id ?? null} onValueChange={state.setRole} />
            {exportable && <ExportMenu {...common} level={level.id} />}
          </>
        }
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
 * Styling hooks: those of `LadderRoot` (`data-theme`, `data-size`, `data-density`), the
 * `--sl-*` variables of `styles.css`, `className` on every part, and `unstyled`.
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
  syncWithUrl,
  exportable,
  unstyled,
  ...rest
}: SkillLadderProps) {
  // Read once here, so a host's throwing getter becomes an alert rather than a crash.
  const read = useMemo(() => readOverrides(messages), [messages]);
  const crashPanel = (reason: string) => (
    <LadderErrorPanel
      // The host's message overrides may be what failed, so the panel does without them.
      locale={locale}
      unstyled={unstyled}
      failure={{ kind: 'crash', reason }}
    />
  );
  return (
    <LadderRoot locale={locale} unstyled={unstyled} {...rest}>
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
            syncWithUrl={syncWithUrl}
            exportable={exportable}
            unstyled={unstyled}
          />
        )}
      </LadderErrorBoundary>
    </LadderRoot>
  );
}
