import type { en } from './en.js';

/** A count-dependent string: `zero` (exactly 0, optional), then the locale's plural forms. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** An interface string: plain text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** The key of an interface string, such as `'summary.roles'`. */
export type MessageKey = keyof typeof en;

/** Labels keyed by level or role id, e.g. `{ senior: 'L3' }`. */
export type Labels = Readonly<Record<string, string>>;

/** Everything a locale provides: every string, and optional labels for common level ids. */
export interface LocaleMessages {
  readonly strings: Readonly<Record<MessageKey, Message>>;
  readonly levels?: Labels;
  readonly roles?: Labels;
}

/** Overrides any string key by key, and any level or role label by id. */
export type MessageOverrides = Partial<Readonly<Record<MessageKey, Message>>> & {
  readonly levels?: Labels;
  readonly roles?: Labels;
};
