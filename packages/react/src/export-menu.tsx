import { cva } from 'class-variance-authority';
import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names.js';
import { downloadText } from './download-text.js';
import { useLadder } from './ladder-context.js';

const menu = cva('sl-export');

// Fetched on opening, or at the latest on a click, so that pages that only show the ladder
// never download the writers.
const loadWriters = () => import('./export-writers.js');

/** Props of `ExportMenu`; the rest go to its `<details>`. */
export type ExportMenuProps = Omit<ComponentPropsWithoutRef<'details'>, 'children'>;

/**
 * A small disclosure menu that downloads the ladder, in the reader's language as its
 * `LadderRoot` shows it, as CSV (every cell, with a BOM for spreadsheets) or as Markdown (the
 * selected level). The writers, from
 * `@skill-ladder/core/export`, are fetched when the menu first opens. The Markdown covers its
 * `LadderRoot`'s level. Styling hooks: `data-slot="export"`.
 *
 * @example
 * <LadderRoot skill="ml-pipelines"><ExportMenu /></LadderRoot>
 */
export function ExportMenu({ className, onToggle, ...rest }: ExportMenuProps) {
  const { ladder, t, level: current, unstyled } = useLadder('ExportMenu');
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
      <summary>{t.message('export.label')}</summary>
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
          {t.message('export.csv')}
        </button>
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
          {t.message('export.markdown', { level: t.level(current) })}
        </button>
      </div>
    </details>
  );
}
