import type { AssessmentNotice, AssessmentTranslator } from '@skill-ladder/core/assessment';
import { useAssessment } from './assessment-context.js';

function noticeText(text: AssessmentTranslator, notice: AssessmentNotice): string {
  switch (notice.kind) {
    case 'restored-fresh':
      return text.message('assessment.notice.restoredFresh');
    case 'storage-unavailable':
      return text.message('assessment.notice.storageUnavailable');
    case 'storage-full':
      return text.message('assessment.notice.storageFull');
    case 'migrated':
      return text.message('assessment.notice.migrated');
    default:
      return notice satisfies never;
  }
}

/**
 * The store's notices about the person's stored data, each in words, once, with a dismiss
 * button, in one polite status region (a notice comes on load or after a tick, never in the
 * middle of what the person is reading).
 */
export function AssessmentNotices() {
  const { snapshot, dismiss, text } = useAssessment('AssessmentActions');
  return (
    // Always in the page, so that a notice added later is announced.
    <div data-slot="assessment-notices" role="status">
      {snapshot.notices.map((notice) => (
        <div key={notice.kind} data-slot="assessment-notice" data-kind={notice.kind}>
          <p>{noticeText(text, notice)}</p>
          <button type="button" data-slot="notice-dismiss" onClick={() => dismiss(notice)}>
            {text.message('assessment.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
