import { hasLevel } from '@skill-ladder/core';
import * as Tabs from '@radix-ui/react-tabs';
import { cva } from 'class-variance-authority';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { classNames } from './class-names.js';
import type { PartProps } from './part-props.js';
import { useControllableState } from './use-controllable-state.js';
import { useTranslator } from './use-translator.js';

const selector = cva('sl-level-selector');
const list = cva('sl-tabs');
const trigger = cva('sl-tab');
const panel = cva('sl-tab-panel');

/** Props of `LevelSelector`; the rest go to the Radix `Tabs.Root`. */
export interface LevelSelectorProps
  extends
    PartProps,
    Omit<
      ComponentPropsWithoutRef<typeof Tabs.Root>,
      'value' | 'defaultValue' | 'onValueChange' | 'children' | 'orientation'
    > {
  /** The selected level id (controlled). */
  value?: string;
  /** The level selected at first (uncontrolled). Default: the lowest level. */
  defaultValue?: string;
  /** Called with the level id the user picks. */
  onValueChange?: (level: string) => void;
  /** Shown in the panel of the selected level. */
  children?: ReactNode;
  /** Shown beside the tabs, such as a role picker. */
  toolbar?: ReactNode;
}

/**
 * One tab per level, lowest first, built on Radix Tabs: arrow keys move between levels,
 * Home and End jump to the ends, and the selected level's panel holds `children`.
 * Styling hooks: `data-slot="level-selector" | "level-tabs" | "level-tab" | "level-panel"`,
 * and Radix's `data-state="active" | "inactive"` on tabs. There is one panel, the selected level's.
 */
export function LevelSelector({
  ladder,
  locale,
  messages,
  unstyled,
  value,
  defaultValue,
  onValueChange,
  children,
  toolbar,
  className,
  ...rest
}: LevelSelectorProps) {
  const t = useTranslator(locale, messages);
  const first = ladder.levels[0]?.id ?? '';
  const [selected, setSelected] = useControllableState(value, defaultValue ?? first, onValueChange);
  const current = hasLevel(ladder, selected) ? selected : first;
  // One panel, ours, for the selected level. Radix's Tabs.Content would mount a panel per level,
  // each reading computed styles for its animations; that forced a second style pass per mount.
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  const tabId = (level: string) => `${baseId}-tab-${level}`;
  return (
    <Tabs.Root
      value={current}
      onValueChange={setSelected}
      orientation="horizontal"
      data-slot="level-selector"
      className={classNames(unstyled, selector(), className)}
      {...rest}
    >
      <div data-slot="level-toolbar">
        <Tabs.List
          aria-label={t.t('levelSelector.label')}
          data-slot="level-tabs"
          className={classNames(unstyled, list(), undefined)}
        >
          {ladder.levels.map((level) => (
            <Tabs.Trigger
              key={level.id}
              value={level.id}
              id={tabId(level.id)}
              aria-controls={level.id === current ? panelId : undefined}
              data-slot="level-tab"
              data-level={level.id}
              className={classNames(unstyled, trigger(), undefined)}
            >
              {t.level(level)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {toolbar}
      </div>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(current)}
        tabIndex={0}
        data-state="active"
        data-slot="level-panel"
        className={classNames(unstyled, panel(), undefined)}
      >
        {children}
      </div>
    </Tabs.Root>
  );
}
