import { previewImport, type Assessment, type ImportPreview } from '@skill-ladder/core/assessment';
import { useEffect, useId, useRef } from 'react';
import { useAssessment } from './assessment-context.js';
import { useEscape } from './use-escape.js';

/** What was read from a chosen file: an assessment to confirm, or why it cannot be imported. */
export type ImportCandidate =
  | { readonly ok: true; readonly fileName: string; readonly assessment: Assessment }
  | {
      readonly ok: false;
      readonly fileName: string;
      readonly errors: readonly { readonly path: string; readonly message: string }[];
    };

interface ImportPanelProps {
  candidate: ImportCandidate;
  onClose: () => void;
}

/**
 * The import's preview, inline (a labelled group that takes focus): what the file would add,
 * change and remove, then Import or Cancel; or the file's problems by path, and Close. Escape
 * cancels, as in a dialog.
 */
export function ImportPanel({ candidate, onClose }: ImportPanelProps) {
  const { snapshot, replace, text } = useAssessment('AssessmentActions');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEscape(group, onClose);
  const preview: ImportPreview | undefined = candidate.ok
    ? previewImport(snapshot.assessment, candidate.assessment)
    : undefined;
  return (
    <div
      ref={group}
      role="group"
      aria-labelledby={headingId}
      data-slot="import-preview"
      data-state={candidate.ok ? 'valid' : 'invalid'}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {text.message(candidate.ok ? 'assessment.importPreviewTitle' : 'assessment.importErrors')}
      </h4>
      {preview && (
        <>
          <p data-slot="import-counts">
            {text.message('assessment.importPreview', {
              added: preview.added,
              changed: preview.changed,
              removed: preview.removed,
            })}
          </p>
          {preview.otherLadder && (
            <p data-slot="import-other-ladder" role="alert">
              {text.message('assessment.importOtherLadder')}
            </p>
          )}
        </>
      )}
      {!candidate.ok && (
        <ul data-slot="import-errors">
          {candidate.errors.map((error, i) => (
            // The message names its path already, as in the ladder's error panel.
            <li key={i} data-path={error.path}>
              {error.message}
            </li>
          ))}
        </ul>
      )}
      <div data-slot="import-buttons">
        {candidate.ok && !preview?.otherLadder && (
          <button
            type="button"
            data-slot="import-confirm"
            onClick={() => {
              replace(candidate.assessment);
              onClose();
            }}
          >
            {text.message('assessment.importConfirmAction')}
          </button>
        )}
        <button type="button" data-slot="import-cancel" onClick={onClose}>
          {text.message(candidate.ok ? 'assessment.cancel' : 'assessment.close')}
        </button>
      </div>
    </div>
  );
}
