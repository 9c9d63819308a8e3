// The current SkillLadder, from the workspace sources, with its own stylesheet.
import '@skill-ladder/react/styles.css';
import { SkillLadder } from '@skill-ladder/react';
import { installBench } from './harness';
import { reactImplementation } from './react-implementation';

installBench(reactImplementation(SkillLadder));
