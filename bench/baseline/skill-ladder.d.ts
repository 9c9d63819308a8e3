// Types of the committed baseline bundle: only what the benchmark uses.
import type { Ladder } from '@skill-ladder/core';
import type { JSX } from 'react';

export declare function SkillLadder(props: { ladder?: Ladder; skill?: string }): JSX.Element;
export declare const mlPipelines: Ladder;
