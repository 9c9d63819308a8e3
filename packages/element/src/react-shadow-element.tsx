import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { shadowStyles } from './shadow-styles.js';

const THEMES = ['system', 'light', 'dark'] as const;
const DIRECTIONS = ['ltr', 'rtl'] as const;

/** The attributes every element takes for its language, direction and look. */
export const SHARED_ATTRIBUTES = ['locale', 'lang', 'dir', 'theme'] as const;

/**
 * What every skill-ladder element shares: a React root in an open shadow root with the package
 * stylesheet adopted (page CSS cannot reach in, ours cannot leak out), re-rendered on every
 * observed attribute change, and events that bubble out of the shadow root.
 */
export abstract class ReactShadowElement extends HTMLElement {
  #root: Root | undefined;

  protected abstract view(): ReactNode;

  /** `locale` (else the element's own `lang`), `dir` (else the page's) and `theme`, as props. */
  protected appearance() {
    return {
      locale: this.getAttribute('locale') ?? (this.getAttribute('lang') || undefined),
      dir: DIRECTIONS.find((name) => name === this.getAttribute('dir')),
      theme: THEMES.find((name) => name === this.getAttribute('theme')) ?? 'system',
    };
  }

  protected attribute(name: string): string | undefined {
    return this.getAttribute(name) ?? undefined;
  }

  protected emit(type: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  connectedCallback(): void {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [shadowStyles()];
      const mount = document.createElement('div');
      shadow.replaceChildren(mount);
      this.#root = createRoot(mount);
    }
    this.update();
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
    this.update();
  }

  protected update(): void {
    this.#root?.render(this.view());
  }
}
