import type { Message } from './types.js';

/** True for an interface string: text, or plural forms with at least `other`. */
export function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message & object).other === 'string'
  );
}

/**
 * A message with its placeholders filled in: `count` picks the plural form (`zero` for exactly
 * 0 when given, else the locale's form, else `other`); numbers are formatted for the locale.
 * The one formatter of core's translator and of the assessment's.
 */
export function formatMessage(
  message: Message,
  params: Readonly<Record<string, string | number>> | undefined,
  plurals: Intl.PluralRules,
  number: (value: number) => string,
): string {
  if (typeof message !== 'string') {
    const count = typeof params?.count === 'number' ? params.count : 0;
    const form = count === 0 && message.zero !== undefined ? 'zero' : plurals.select(count);
    message = (form === 'zero' ? message.zero : message[form]) ?? message.other;
  }
  if (!params) return message;
  // Placeholder values are inserted as text, never interpreted.
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? number(value) : String(value);
  });
}
