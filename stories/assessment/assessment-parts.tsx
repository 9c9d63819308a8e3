import type { AssessmentStorage } from '@skill-ladder/core/assessment';
import {
  AssessmentActions,
  AssessmentProgress,
  AssessmentRoot,
  PromotionChecklist,
} from '@skill-ladder/react/assessment';
import { useState } from 'react';

/**
 * The assessment parts as a host composes them, inside the story's LadderRoot, over a storage
 * made when the story mounts: a story never sees what another left behind.
 */
export function AssessmentParts({
  makeStorage,
}: {
  /** Makes the story's storage; left out, the assessment lives in memory only. */
  makeStorage?: () => AssessmentStorage;
}) {
  const [storage] = useState<AssessmentStorage | 'memory'>(() => makeStorage?.() ?? 'memory');
  return (
    <AssessmentRoot storage={storage}>
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <PromotionChecklist />
        <AssessmentProgress />
        <AssessmentActions />
      </div>
    </AssessmentRoot>
  );
}
