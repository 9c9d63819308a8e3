import { SkillLadderElement } from './skill-ladder-element.js';

export { SkillLadderElement };

// Importing the module defines the element, once, however many times it is loaded.
if (typeof customElements !== 'undefined' && !customElements.get('skill-ladder')) {
  customElements.define('skill-ladder', SkillLadderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'skill-ladder': SkillLadderElement;
  }
}
