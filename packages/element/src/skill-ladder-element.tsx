import type { Ladder } from '@skill-ladder/core';
import type { Assessment } from '@skill-ladder/core/assessment';
import { SkillLadder } from '@skill-ladder/react';
import { catalogFromUrl } from './catalog-from-url.js';
import { ReactShadowElement, SHARED_ATTRIBUTES } from './react-shadow-element.js';

const ATTRIBUTES = [
  'skill',
  'catalog',
  'level',
  'career-role',
  'assess',
  'assess-storage',
  ...SHARED_ATTRIBUTES,
] as const;
// Documented before 0.2 as the career role; kept for one minor version, with a warning.
const LEGACY_ROLE = 'role';

/**
 * `<skill-ladder skill="ml-pipelines" level="senior" career-role="ml-engineer" locale="zh-CN"
 * theme="dark">`: `SkillLadder` in an open shadow root, in the language of `locale` (else of its
 * own `lang`) and the direction of `dir` (else the page's), so page CSS cannot break it and it
 * cannot break the page. With `catalog="/ladders/index.json"` the skill is loaded from that
 * static catalog. Attributes are reactive, and reflect the user's picks; `levelchange`
 * and `careerrolechange` events carry `{ level }` / `{ careerRole }`. `assess` turns on
 * self-assessment, kept in `localStorage` unless `assess-storage="memory"` (with no `level` or
 * `career-role` attribute, the person's stored ones come back), and every change
 * of it sends `assessmentchange` with `{ assessment }`; the `ladder` property
 * takes your own data; `--sl-*` custom properties set on the element theme it.
 */
export class SkillLadderElement extends ReactShadowElement {
  static observedAttributes = [...ATTRIBUTES, LEGACY_ROLE];

  #ladder: unknown;
  #warnedLegacy = false;

  /** Ladder data to show instead of the `skill` attribute; validated like `SkillLadder`'s. */
  get ladder(): unknown {
    return this.#ladder;
  }

  set ladder(value: unknown) {
    this.#ladder = value;
    this.update();
  }

  // `career-role`, else the legacy `role` attribute (which is also ARIA's, hence the rename).
  #careerRole(): string | undefined {
    const careerRole = this.getAttribute('career-role');
    if (careerRole !== null) return careerRole;
    const legacy = this.getAttribute(LEGACY_ROLE);
    if (legacy === null) return undefined;
    if (!this.#warnedLegacy) {
      this.#warnedLegacy = true;
      console.warn(
        `[skill-ladder] <skill-ladder role="${legacy}"> is deprecated and will stop working in the next minor version: use career-role="${legacy}" (role is an ARIA attribute).`,
      );
    }
    return legacy;
  }

  #onAssessmentChange = (assessment: Assessment) => this.emit('assessmentchange', { assessment });

  // One object per setting, so that a re-render for another attribute keeps the same store.
  #assessOptions = {
    local: { storage: 'local', onAssessmentChange: this.#onAssessmentChange },
    memory: { storage: 'memory', onAssessmentChange: this.#onAssessmentChange },
  } as const;

  #assess() {
    if (!this.hasAttribute('assess')) return undefined;
    return this.getAttribute('assess-storage') === 'memory'
      ? this.#assessOptions.memory
      : this.#assessOptions.local;
  }

  protected view() {
    return (
      <SkillLadder
        skill={this.attribute('skill')}
        catalog={catalogFromUrl(this.attribute('catalog'))}
        ladder={this.#ladder as Ladder | undefined}
        level={this.attribute('level')}
        onLevelChange={(level) => {
          // Tabs report a pick on press and again on focus, before the attribute re-renders.
          if (this.getAttribute('level') === level) return;
          this.setAttribute('level', level);
          this.emit('levelchange', { level });
        }}
        // Controlled: no attribute is `null`, every role, not "whatever was picked last". But
        // with `assess` and no attribute, the person's stored role is brought back.
        careerRole={this.#careerRole() ?? (this.hasAttribute('assess') ? undefined : null)}
        onCareerRoleChange={(careerRole) => {
          if (this.#careerRole() === (careerRole ?? undefined)) return;
          this.removeAttribute(LEGACY_ROLE);
          if (careerRole === null) this.removeAttribute('career-role');
          else this.setAttribute('career-role', careerRole);
          this.emit('careerrolechange', { careerRole });
        }}
        assess={this.#assess()}
        {...this.appearance()}
      />
    );
  }
}
