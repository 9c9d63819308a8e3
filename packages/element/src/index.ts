import { RoleProfileElement } from './role-profile-element.js';
import { SkillCatalogElement } from './skill-catalog-element.js';
import { SkillLadderElement } from './skill-ladder-element.js';

export { RoleProfileElement, SkillCatalogElement, SkillLadderElement };

const ELEMENTS = {
  'skill-ladder': SkillLadderElement,
  'skill-catalog': SkillCatalogElement,
  'role-profile': RoleProfileElement,
};

// Importing the module defines the elements, once, however many times it is loaded.
if (typeof customElements !== 'undefined') {
  for (const [name, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'skill-ladder': SkillLadderElement;
    'skill-catalog': SkillCatalogElement;
    'role-profile': RoleProfileElement;
  }
}
