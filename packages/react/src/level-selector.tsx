import * as Tabs from '@radix-ui/react-tabs';
import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { classNames } from './class-names.js';
import { labelOf } from './content-text.js';
import { useLadder } from './ladder-context.js';

const selector = cva('sl-level-selector');
const list = cva('sl-tabs');
const trigger = cva('sl-tab');
const panel = cva('sl-tab-panel');

/** Props of `LevelSelector`; the rest go to the Radix `Tabs.Root`. */
export interface LevelSelectorProps extends Omit<
  ComponentPropsWithoutRef<typeof Tabs.Root>,
  'value' | 'defaultValue' | 'onValueChange' | 'children' | 'orientation' | 'dir' | 'asChild'
> {
  /** Shown in the panel of the selected level. */
  children?: ReactNode;
  /** Shown beside the tabs, such as `CareerRoleSelect`. */
  toolbar?: ReactNode;
}

/**
 * One tab per level, lowest first, built on Radix Tabs: arrow keys move between levels (in
 * reading order, so they turn in a right-to-left root), Home and End jump to the ends, and the selected level's panel holds `children`. The level
 * is its `LadderRoot`'s (`level` / `defaultLevel` / `onLevelChange`).
 * Styling hooks: `data-slot="level-selector" | "level-tabs" | "level-tab" | "level-panel"`,
 * and Radix's `data-state="active" | "inactive"` on tabs. There is one panel, the selected level's.
 *
 * @example
 * <LadderRoot skill="ml-pipelines"><LevelSelector><PromotionCards /></LevelSelector></LadderRoot>
 */
export function LevelSelector({ children, toolbar, className, ...rest }: LevelSelectorProps) {
  const { ladder, t, level, setLevel, unstyled, dir } = useLadder('LevelSelector');
  // One panel, ours, for the selected level. Radix's Tabs.Content would mount a panel per level,
  // each reading computed styles for its animations; that forced a second style pass per mount.
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  return (
    // The root's direction turns the arrow keys. Until it is known (the first render, on the
    // server too) the element carries no `dir`, so the page's holds rather than Radix's 'ltr'.
    <Tabs.Root
      value={level.id}
      onValueChange={setLevel}
      orientation="horizontal"
      dir={dir}
      asChild
      data-slot="level-selector"
      className={classNames(unstyled, selector(), className)}
      {...rest}
    >
      <div dir={dir}>
        <div data-slot="level-toolbar">
          <Tabs.List
            aria-label={t.message('levelSelector.label')}
            data-slot="level-tabs"
            className={classNames(unstyled, list(), undefined)}
          >
            {ladder.levels.map((l) => {
              const label = labelOf(ladder, t, l, 'level');
              return (
                <Tabs.Trigger
                  key={l.id}
                  value={l.id}
                  id={tabId(l.id)}
                  aria-controls={l.id === level.id ? panelId : undefined}
                  data-slot="level-tab"
                  data-level={l.id}
                  lang={label.lang}
                  className={classNames(unstyled, trigger(), undefined)}
                >
                  {label.text}
                </Tabs.Trigger>
              );
            })}
          </Tabs.List>
          {toolbar}
        </div>
        <div
          role="tabpanel"
          id={panelId}
          aria-labelledby={tabId(level.id)}
          tabIndex={0}
          data-state="active"
          data-slot="level-panel"
          className={classNames(unstyled, panel(), undefined)}
        >
          {children}
        </div>
      </div>
    </Tabs.Root>
  );
}
