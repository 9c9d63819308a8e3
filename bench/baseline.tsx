// The fixed baseline (bench/baseline/), with its own stylesheet.
import './baseline/styles.css';
import { SkillLadder } from './baseline/skill-ladder.js';
import { installBench } from './harness';
import { reactImplementation } from './react-implementation';

installBench(reactImplementation(SkillLadder));
