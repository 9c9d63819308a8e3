import type { Ladder } from '@skill-ladder/core';
import type { LocaleProps } from './use-translator.js';

/** Props shared by every part: the ladder to show, its language and whether to style it. */
export interface PartProps extends LocaleProps {
  /** The ladder to show, e.g. `getSkill('ml-pipelines')` or a ladder from `parseLadder`. */
  ladder: Ladder;
  /** Render the same markup and `data-*` attributes with none of our class names. */
  unstyled?: boolean;
}
