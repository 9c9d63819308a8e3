// A host app, as a user would write it, built against the packed packages.
import '@skill-ladder/react/styles.css';
import { getSkill, summarize, type Ladder } from '@skill-ladder/core';
import { SkillLadder, type SkillLadderProps } from '@skill-ladder/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ladder: Ladder = getSkill('ml-pipelines');
const counts: { required: number } = summarize(ladder);

function App() {
  const [level, setLevel] = useState('junior');
  const props: SkillLadderProps = {
    skill: 'ml-pipelines',
    level,
    onLevelChange: setLevel,
    exportable: true,
  };
  return (
    <>
      <p id="host-state">
        host level: {level}, required: {counts.required}
      </p>
      <SkillLadder {...props} />
    </>
  );
}

const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
