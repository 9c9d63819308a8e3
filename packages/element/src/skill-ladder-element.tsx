import { SkillLadder } from '@skill-ladder/react';
import { createRoot, type Root } from 'react-dom/client';
import { shadowStyles } from './shadow-styles.js';

const ATTRIBUTES = ['skill', 'level', 'role', 'locale', 'theme'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

/**
 * `<skill-ladder skill="ml-pipelines" level="senior" role="ml-engineer" locale="zh-CN"
 * theme="dark">`: `SkillLadder` in an open shadow root, so page CSS cannot break it and it
 * cannot break the page. Attributes are reactive, and reflect the user's picks; `levelchange`
 * and `rolechange` events carry `{ level }` / `{ role }`; the `ladder` property takes your own
 * data; `--sl-*` custom properties set on the element theme it.
 */
export class SkillLadderElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #root: Root | undefined;
  #ladder: unknown;

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

  #emit(type: 'levelchange' | 'rolechange', detail: Record<string, string | null>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #render(): void {
    if (!this.#root) return;
    const theme = THEMES.find((name) => name === this.getAttribute('theme')) ?? 'system';
    this.#root.render(
      <SkillLadder
        skill={this.getAttribute('skill') ?? undefined}
        ladder={this.#ladder}
        level={this.getAttribute('level') ?? undefined}
        onLevelChange={(level) => {
          // Tabs report a pick on press and again on focus, before the attribute re-renders.
          if (this.getAttribute('level') === level) return;
          this.setAttribute('level', level);
          this.#emit('levelchange', { level });
        }}
        role={this.getAttribute('role') ?? undefined}
        onRoleChange={(role) => {
          if (this.getAttribute('role') === role) return;
          if (role === null) this.removeAttribute('role');
          else this.setAttribute('role', role);
          this.#emit('rolechange', { role });
        }}
        locale={this.getAttribute('locale') ?? undefined}
        theme={theme}
      />,
    );
  }
}
