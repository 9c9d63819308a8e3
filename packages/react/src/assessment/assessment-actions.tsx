import { parseAssessment, serializeAssessment } from '@skill-ladder/core/assessment';
import { cva } from 'class-variance-authority';
import { useEffect, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { classNames } from '../class-names.js';
import { downloadText } from '../download-text.js';
import { useLadder } from '../ladder-context.js';
import { useAssessment } from './assessment-context.js';
import { useEscape } from './use-escape.js';
import { AssessmentNotices } from './assessment-notices.js';
import { ImportPanel, type ImportCandidate } from './import-panel.js';

const actions = cva('sl-assessment-actions');

/** Props of `AssessmentActions`; they go to its `<section>`. */
export type AssessmentActionsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

async function readCandidate(file: File): Promise<ImportCandidate> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName: file.name, errors: [{ path: '', message: reason }] };
  }
  const parsed = parseAssessment(data);
  return parsed.ok
    ? { ok: true, fileName: file.name, assessment: parsed.assessment }
    : { ok: false, fileName: file.name, errors: parsed.errors };
}

/** "Clear every mark?" inline, taking focus; Cancel hands it back to Clear. */
function ClearConfirm({ onClear, onCancel }: { onClear: () => void; onCancel: () => void }) {
  const { text } = useAssessment('AssessmentActions');
  const question = useRef<HTMLParagraphElement>(null);
  const questionId = useId();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => question.current?.focus(), []);
  useEscape(group, onCancel);
  return (
    <div ref={group} role="group" aria-labelledby={questionId} data-slot="clear-confirm">
      <p id={questionId} ref={question} tabIndex={-1}>
        {text.message('assessment.clearConfirm')}
      </p>
      <button type="button" data-slot="clear-yes" onClick={onClear}>
        {text.message('assessment.clearConfirmAction')}
      </button>
      <button type="button" data-slot="clear-no" onClick={onCancel}>
        {text.message('assessment.cancel')}
      </button>
    </div>
  );
}

/**
 * What the person can do with their whole assessment: export it as a JSON file
 * (`<ladder>-assessment.json`), import one back (checked, with a preview of what it changes, or
 * its problems by path), and clear it after a confirmation; and the notices about their stored
 * data (a backup kept, storage unavailable or full, an older format brought up to date), each
 * once, dismissable. Needs an `AssessmentRoot`. Styling hooks: `data-slot="assessment-actions" |
 * "assessment-notices" | "assessment-notice" | "import-preview" | "clear-confirm"`, `data-kind`
 * on a notice.
 *
 * @example
 * <LadderRoot skill="ml-pipelines">
 *   <AssessmentRoot><AssessmentActions /></AssessmentRoot>
 * </LadderRoot>
 */
export function AssessmentActions({ className, ...rest }: AssessmentActionsProps) {
  const { ladder, unstyled } = useLadder('AssessmentActions');
  const { snapshot, storage, clear, text } = useAssessment('AssessmentActions');
  const headingId = useId();
  const fileId = useId();
  const [candidate, setCandidate] = useState<ImportCandidate>();
  const [confirming, setConfirming] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const file = useRef<HTMLInputElement>(null);

  const closeImport = () => {
    setCandidate(undefined);
    importButton.current?.focus();
  };
  const closeClear = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };

  return (
    <section
      aria-labelledby={headingId}
      data-slot="assessment-actions"
      className={classNames(unstyled, actions(), className)}
      {...rest}
    >
      <h3 id={headingId} data-slot="section-title">
        {text.message('assessment.yourMarks')}
      </h3>
      <p data-slot="section-note">
        {text.message(
          snapshot.persistence === 'memory'
            ? 'assessment.keptInMemory'
            : storage === 'host'
              ? 'assessment.keptByHost'
              : 'assessment.keptInBrowser',
        )}
      </p>
      <AssessmentNotices />
      <div data-slot="assessment-buttons">
        <button
          type="button"
          data-slot="assessment-export"
          onClick={() =>
            downloadText(
              `${ladder.id}-assessment.json`,
              serializeAssessment(snapshot.assessment),
              'application/json;charset=utf-8',
            )
          }
        >
          {text.message('assessment.export')}
        </button>
        <button
          type="button"
          ref={importButton}
          data-slot="assessment-import"
          onClick={() => file.current?.click()}
        >
          {text.message('assessment.import')}
        </button>
        <input
          ref={file}
          id={fileId}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={text.message('assessment.import')}
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) setCandidate(await readCandidate(chosen));
          }}
        />
        <button
          type="button"
          ref={clearButton}
          data-slot="assessment-clear"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {text.message('assessment.clear')}
        </button>
      </div>
      {confirming && (
        <ClearConfirm
          onClear={() => {
            clear();
            closeClear();
          }}
          onCancel={closeClear}
        />
      )}
      {candidate && <ImportPanel candidate={candidate} onClose={closeImport} />}
    </section>
  );
}
