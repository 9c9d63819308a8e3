import { orphanMarks } from '@skill-ladder/core/assessment';
import { useId, useMemo } from 'react';
import { langAttr } from '../content-text.js';
import { useLadder } from '../ladder-context.js';
import { useAssessment } from './assessment-context.js';

// After a removal, focus goes to the next Remove button (else the one before), or, when the
// list goes away with its last mark, to the checklist's title: never to the page.
function focusAfterRemoving(button: HTMLButtonElement) {
  const buttons = [
    ...(button.closest('ul')?.querySelectorAll<HTMLButtonElement>('[data-slot="orphan-remove"]') ??
      []),
  ];
  const at = buttons.indexOf(button);
  const neighbour = buttons[at + 1] ?? buttons[at - 1];
  if (neighbour) {
    neighbour.focus();
    return;
  }
  const title = button
    .closest('[data-slot="checklist"]')
    ?.querySelector<HTMLElement>(':scope > [data-slot="section-title"]');
  title?.focus();
}

/** Marks whose expectation is no longer in the ladder: kept, each with its text and mark, removable. */
export function OrphanMarks() {
  const { ladder, source, t } = useLadder('PromotionChecklist');
  const { snapshot, mark, text } = useAssessment('PromotionChecklist');
  const headingId = useId();
  const orphans = useMemo(
    () => orphanMarks(source, snapshot.assessment),
    [source, snapshot.assessment],
  );
  if (orphans.length === 0) return null;
  // A mark keeps its text as marked, in the ladder's source language.
  const lang = langAttr(ladder, t, source.lang ?? 'en');
  return (
    <section aria-labelledby={headingId} data-slot="orphans">
      <h4 id={headingId} data-slot="orphans-title">
        {text.message('assessment.orphans')}
      </h4>
      <p data-slot="section-note">
        {text.message('assessment.orphansHint', { count: orphans.length })}
      </p>
      <ul>
        {orphans.map(({ id, mark: orphan }) => (
          <li key={id} data-slot="orphan" data-mark={orphan.status}>
            <q dir="auto" lang={lang}>
              {orphan.text}
            </q>{' '}
            <span data-slot="orphan-mark">
              {text.message(`assessment.status.${orphan.status}`)}
            </span>
            {orphan.note && (
              <span data-slot="note-text" dir="auto">
                {' '}
                ({orphan.note})
              </span>
            )}{' '}
            <button
              type="button"
              data-slot="orphan-remove"
              aria-label={text.message('assessment.orphanRemoveLabel', { text: orphan.text })}
              onClick={(event) => {
                focusAfterRemoving(event.currentTarget);
                mark(id, undefined);
              }}
            >
              {text.message('assessment.orphanRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
