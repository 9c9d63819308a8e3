import { cva } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { downloadText } from './download-text.js';
import type { PartProps } from './part-props.js';
import { useTranslator } from './use-translator.js';

const menu = cva('sl-export');

// Fetched on opening, or at the latest on a click, so that pages that only show the ladder
// never download the writers.
const loadWriters = () => import('@skill-ladder/core/export');

/** Props of `ExportMenu`; the rest go to its `<details>`. */
export interface ExportMenuProps
  extends PartProps, Omit<ComponentPropsWithoutRef<'details'>, 'children'> {
  /** The level the Markdown download covers. */
  level: string;
}

/**
 * A small disclosure menu that downloads the ladder as CSV (every cell, with a BOM for
 * spreadsheets) or as Markdown (the selected level). The writers, from
 * `@skill-ladder/core/export`, are fetched when the menu first opens. Styling hooks:
 * `data-slot="export"`.
 */
export function ExportMenu({
  ladder,
  locale,
  messages,
  unstyled,
  level,
  className,
  onToggle,
  ...rest
}: ExportMenuProps) {
  const t = useTranslator(locale, messages);
  const current = ladder.levels.find((l) => l.id === level) ?? ladder.levels[0];
  return (
    <details
      data-slot="export"
      className={classNames(unstyled, menu(), className)}
      onToggle={(event) => {
        if (event.currentTarget.open) void loadWriters().catch(() => {});
        onToggle?.(event);
      }}
      {...rest}
    >
      <summary>{t.t('export.label')}</summary>
      <div data-slot="export-items">
        <button
          type="button"
          onClick={async () => {
            const { toCsv } = await loadWriters();
            downloadText(
              `${ladder.id}.csv`,
              toCsv(ladder, { bom: true }),
              'text/csv;charset=utf-8',
            );
          }}
        >
          {t.t('export.csv')}
        </button>
        {current && (
          <button
            type="button"
            onClick={async () => {
              const { toMarkdown } = await loadWriters();
              downloadText(
                `${ladder.id}-${current.id}.md`,
                toMarkdown(ladder, { level: current.id, translator: t }),
                'text/markdown;charset=utf-8',
              );
            }}
          >
            {t.t('export.markdown', { level: t.level(current) })}
          </button>
        )}
      </div>
    </details>
  );
}
