import type { en } from './en.js';

/**
 * A count-dependent string: `zero` (exactly 0, optional), then the locale's plural forms.
 *
 * @example
 * const optional: PluralMessage = { zero: 'none', one: 'one more', other: '{count} more' };
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * An interface string: plain text with `{name}` placeholders, or plural forms of it.
 *
 * @example
 * const heading: Message = 'Next: {level}';
 */
export type Message = string | PluralMessage;

/**
 * The key of an interface string.
 *
 * @example
 * const key: MessageKey = 'summary.roles';
 */
export type MessageKey = keyof typeof en;

/**
 * Labels keyed by level or role id.
 *
 * @example
 * const levels: Labels = { senior: 'L3' };
 */
export type Labels = Readonly<Record<string, string>>;

/**
 * Everything a locale provides: every string, and optional labels for common level ids.
 *
 * @example
 * const zh: LocaleMessages = localeMessages['zh-CN'];
 */
export interface LocaleMessages {
  readonly strings: Readonly<Record<MessageKey, Message>>;
  readonly levels?: Labels;
  readonly roles?: Labels;
}

/**
 * Overrides any string key by key, and any level or role label by id.
 *
 * @example
 * const messages: MessageOverrides = { 'promotion.heading': 'Next: {level}', levels: { senior: 'L3' } };
 */
export type MessageOverrides = Partial<Readonly<Record<MessageKey, Message>>> & {
  readonly levels?: Labels;
  readonly roles?: Labels;
};

/**
 * What a host may pass as `messages`: overrides on top of a shipped locale, or a whole message
 * set for a locale of its own (`satisfies LocaleMessages` checks it against English).
 *
 * @example
 * const messages: HostMessages = { strings: { ...arabicStrings }, levels: { junior: 'مبتدئ' } };
 */
export type HostMessages = MessageOverrides | LocaleMessages;
