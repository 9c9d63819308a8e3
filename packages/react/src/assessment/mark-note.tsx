import { NOTE_MAX_LENGTH, type AssessmentTranslator } from '@skill-ladder/core/assessment';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLatestCallback } from '../use-latest-callback.js';

// Typing is saved after this pause, so a note survives a reload without a write per key.
const SAVE_AFTER_MS = 600;

interface MarkNoteProps {
  note: string | undefined;
  onSave: (note: string | undefined) => void;
  text: AssessmentTranslator;
}

/**
 * A mark's short note: the note as text, and a disclosure button opening a labelled textarea.
 * Saved on blur, on Enter (Shift+Enter for a new line), after a pause in typing, and when the
 * item goes away or the page is hidden, so nothing typed is lost.
 */
export function MarkNote({ note, onSave, text }: MarkNoteProps) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const pending = useRef<string | undefined>(undefined);

  const save = useLatestCallback(() => {
    if (pending.current === undefined) return;
    const value = pending.current.trim();
    pending.current = undefined;
    if (value !== (note ?? '')) onSave(value === '' ? undefined : value);
  });

  useEffect(() => {
    if (!open) return;
    field.current?.focus();
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [open, save]);

  useEffect(() => {
    if (pending.current === undefined) return;
    const timer = setTimeout(save, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, save]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      save();
      setOpen(false);
      // The field goes away: focus goes back to the button that opened it, not to the page.
      toggle.current?.focus();
    }
  };

  return (
    <div data-slot="item-note" data-state={open ? 'open' : 'closed'}>
      {note && !open && (
        <p data-slot="note-text" dir="auto">
          <span data-slot="note-label">{text.message('assessment.note')}: </span>
          {note}
        </p>
      )}
      <button
        ref={toggle}
        type="button"
        data-slot="note-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          if (open) save();
          else setDraft(note ?? '');
          setOpen(!open);
        }}
      >
        {text.message(
          open ? 'assessment.noteDone' : note ? 'assessment.noteEdit' : 'assessment.noteAdd',
        )}
      </button>
      {open && (
        <div data-slot="note-editor" id={id}>
          <label htmlFor={`${id}-field`}>{text.message('assessment.note')}</label>
          <textarea
            id={`${id}-field`}
            ref={field}
            dir="auto"
            rows={2}
            maxLength={NOTE_MAX_LENGTH}
            value={draft}
            onChange={(event) => {
              pending.current = event.target.value;
              setDraft(event.target.value);
            }}
            onBlur={save}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
    </div>
  );
}
