import { MARK_STATUSES, type MarkStatus, type ReconciledItem } from '@skill-ladder/core/assessment';
import { useId, useRef } from 'react';
import type { ContentText } from '../content-text.js';
import { useAssessment } from './assessment-context.js';
import { MarkNote } from './mark-note.js';

interface ChecklistItemProps {
  item: ReconciledItem;
  /** The expectation as the person reads it, and its `lang` when not the interface's. */
  shown: ContentText;
  /** The `lang` of the ladder's source texts (a mark's old text), when not the interface's. */
  sourceLang: string | undefined;
}

/**
 * One expectation as a real radio group named by its text ("yes / partly / not yet"), its note,
 * and, when its wording changed since the person marked it, the old text and mark with a way
 * to keep that mark.
 */
export function ChecklistItem({ item, shown, sourceLang }: ChecklistItemProps) {
  const { mark, text } = useAssessment('PromotionChecklist');
  const name = useId();
  const options = useRef<HTMLDivElement>(null);
  const current = item.state === 'marked' ? item.mark : undefined;
  const choose = (status: MarkStatus) => {
    const note = item.state === 'changed' ? item.previous.note : current?.note;
    mark(item.id, { status, text: item.text, ...(note ? { note } : {}) });
    if (item.state === 'changed') mark(item.previousId, undefined);
  };
  return (
    <li data-slot="checklist-item" data-state={item.state} data-mark={current?.status}>
      <fieldset data-slot="item-group">
        <legend data-slot="item-text" dir="auto" lang={shown.lang}>
          {shown.text}
        </legend>
        {/* The words for "not marked" are printed (assessment.css); on screen, no option is checked. */}
        <div
          ref={options}
          data-slot="item-options"
          data-unmarked={current ? undefined : text.message('assessment.unmarked')}
        >
          {MARK_STATUSES.map((status) => (
            <label key={status} data-slot="item-option" data-status={status}>
              <input
                type="radio"
                name={name}
                value={status}
                checked={current?.status === status}
                onChange={() => choose(status)}
              />
              <span>{text.message(`assessment.status.${status}`)}</span>
            </label>
          ))}
        </div>
        {item.state === 'changed' && (
          <div data-slot="item-changed" role="note">
            <p data-slot="item-changed-title">{text.message('assessment.changed')}</p>
            <p data-slot="item-changed-before" dir="auto" lang={sourceLang}>
              {text.message('assessment.changedWas', { text: item.previous.text })}
            </p>
            <p data-slot="item-changed-mark">
              {text.message('assessment.changedMark', {
                status: text.message(`assessment.status.${item.previous.status}`),
              })}
            </p>
            <button
              type="button"
              data-slot="item-confirm"
              onClick={() => {
                choose(item.previous.status);
                // This button goes with the notice: focus moves to the radio now checked.
                options.current
                  ?.querySelector<HTMLInputElement>(`input[value="${item.previous.status}"]`)
                  ?.focus();
              }}
            >
              {text.message('assessment.confirm')}
            </button>
          </div>
        )}
        {current && (
          <MarkNote
            note={current.note}
            text={text}
            onSave={(note) =>
              mark(item.id, {
                status: current.status,
                text: current.text,
                ...(note ? { note } : {}),
              })
            }
          />
        )}
      </fieldset>
    </li>
  );
}
