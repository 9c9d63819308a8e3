import { RoleProfile } from '@skill-ladder/react/catalog';
import { catalogFromUrl } from './catalog-from-url.js';
import { ReactShadowElement, SHARED_ATTRIBUTES } from './react-shadow-element.js';
import { skillHref } from './skill-href.js';

const ATTRIBUTES = ['catalog', 'career-role', 'level', 'skill-href', ...SHARED_ATTRIBUTES] as const;

/**
 * `<role-profile catalog="/ladders/index.json" career-role="ml-engineer" level="middle">`: one
 * role across every skill of a static catalog, in an open shadow root. The user's picks are
 * reflected in `career-role` and `level`, with `careerrolechange` / `levelchange` events;
 * `skill-href` (`{id}` for the skill id) makes each skill a link.
 */
export class RoleProfileElement extends ReactShadowElement {
  static observedAttributes = [...ATTRIBUTES];

  #reflect(name: 'career-role' | 'level', event: string, key: string, value: string) {
    if (this.getAttribute(name) === value) return;
    this.setAttribute(name, value);
    this.emit(event, { [key]: value });
  }

  protected view() {
    const catalog = catalogFromUrl(this.attribute('catalog'));
    if (!catalog) return null;
    return (
      <RoleProfile
        catalog={catalog}
        {...this.appearance()}
        careerRole={this.attribute('career-role')}
        onCareerRoleChange={(careerRole) =>
          this.#reflect('career-role', 'careerrolechange', 'careerRole', careerRole)
        }
        level={this.attribute('level')}
        onLevelChange={(level) => this.#reflect('level', 'levelchange', 'level', level)}
        getSkillHref={skillHref(this.attribute('skill-href'))}
      />
    );
  }
}
