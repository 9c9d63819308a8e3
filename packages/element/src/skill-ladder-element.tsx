import type { Ladder } from '@skill-ladder/core';
import { SkillLadder } from '@skill-ladder/react';
import { createRoot, type Root } from 'react-dom/client';
import { shadowStyles } from './shadow-styles.js';

const ATTRIBUTES = ['skill', 'level', 'career-role', 'locale', 'theme', 'lang', 'dir'] as const;
// Documented before 0.2 as the career role; kept for one minor version, with a warning.
const LEGACY_ROLE = 'role';
const THEMES = ['system', 'light', 'dark'] as const;
const DIRECTIONS = ['ltr', 'rtl'] as const;

/**
 * `<skill-ladder skill="ml-pipelines" level="senior" career-role="ml-engineer" locale="zh-CN"
 * theme="dark">`: `SkillLadder` in an open shadow root, in the language of `locale` (else of its
 * own `lang`) and the direction of `dir` (else the page's), so page CSS cannot break it and it
 * cannot break the page. Attributes are reactive, and reflect the user's picks; `levelchange`
 * and `careerrolechange` events carry `{ level }` / `{ careerRole }`; the `ladder` property
 * takes your own data; `--sl-*` custom properties set on the element theme it.
 */
export class SkillLadderElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES, LEGACY_ROLE];

  #root: Root | undefined;
  #ladder: unknown;
  #warnedLegacy = false;

  /** Ladder data to show instead of the `skill` attribute; validated like `SkillLadder`'s. */
  get ladder(): unknown {
    return this.#ladder;
  }

  set ladder(value: unknown) {
    this.#ladder = value;
    this.#render();
  }

  connectedCallback(): void {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [shadowStyles()];
      const mount = document.createElement('div');
      shadow.replaceChildren(mount);
      this.#root = createRoot(mount);
    }
    this.#render();
  }

  disconnectedCallback(): void {
    // Moving the element disconnects and reconnects it in one task: keep the root then.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  #emit(type: 'levelchange' | 'careerrolechange', detail: Record<string, string | null>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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

  #render(): void {
    if (!this.#root) return;
    const theme = THEMES.find((name) => name === this.getAttribute('theme')) ?? 'system';
    const dir = DIRECTIONS.find((name) => name === this.getAttribute('dir'));
    this.#root.render(
      <SkillLadder
        skill={this.getAttribute('skill') ?? undefined}
        ladder={this.#ladder as Ladder | undefined}
        level={this.getAttribute('level') ?? undefined}
        onLevelChange={(level) => {
          // Tabs report a pick on press and again on focus, before the attribute re-renders.
          if (this.getAttribute('level') === level) return;
          this.setAttribute('level', level);
          this.#emit('levelchange', { level });
        }}
        // Always controlled: no attribute is `null`, every role, not "whatever was picked last".
        careerRole={this.#careerRole() ?? null}
        onCareerRoleChange={(careerRole) => {
          if (this.#careerRole() === (careerRole ?? undefined)) return;
          this.removeAttribute(LEGACY_ROLE);
          if (careerRole === null) this.removeAttribute('career-role');
          else this.setAttribute('career-role', careerRole);
          this.#emit('careerrolechange', { careerRole });
        }}
        locale={this.getAttribute('locale') ?? (this.getAttribute('lang') || undefined)}
        theme={theme}
        dir={dir}
      />,
    );
  }
}
