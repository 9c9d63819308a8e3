import { SkillCatalog } from '@skill-ladder/react/catalog';
import { catalogFromUrl } from './catalog-from-url.js';
import { ReactShadowElement, SHARED_ATTRIBUTES } from './react-shadow-element.js';
import { skillHref } from './skill-href.js';

const ATTRIBUTES = ['catalog', 'career-role', 'skill-href', ...SHARED_ATTRIBUTES] as const;

/**
 * `<skill-catalog catalog="/ladders/index.json" skill-href="/framework?skill={id}">`: every
 * skill of a static catalog, with search and a role filter, in an open shadow root. Without
 * `skill-href`, picking a skill sends a `skillselect` event (`detail.skill`, the skill id);
 * picking a role reflects it in `career-role` and sends `careerrolechange`.
 */
export class SkillCatalogElement extends ReactShadowElement {
  static observedAttributes = [...ATTRIBUTES];

  protected view() {
    const catalog = catalogFromUrl(this.attribute('catalog'));
    if (!catalog) return null;
    const getSkillHref = skillHref(this.attribute('skill-href'));
    return (
      <SkillCatalog
        catalog={catalog}
        {...this.appearance()}
        careerRole={this.getAttribute('career-role')}
        onCareerRoleChange={(careerRole) => {
          if (this.getAttribute('career-role') === careerRole) return;
          if (careerRole === null) this.removeAttribute('career-role');
          else this.setAttribute('career-role', careerRole);
          this.emit('careerrolechange', { careerRole });
        }}
        {...(getSkillHref
          ? { getSkillHref }
          : { onSkillSelect: (skill) => this.emit('skillselect', { skill: skill.id }) })}
      />
    );
  }
}
