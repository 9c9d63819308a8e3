import type { LadderLevel, LadderRole } from '../types.js';
import { en } from './en.js';
import type { Labels, LocaleMessages, Message, MessageKey, MessageOverrides } from './types.js';
import { zhCN } from './zh-cn.js';

/**
 * The locales that ship with the package.
 *
 * @example
 * LOCALES // ['en', 'zh-CN']
 */
export const LOCALES = ['en', 'zh-CN'] as const;

/**
 * A locale that ships with the package.
 *
 * @example
 * const locale: Locale = 'zh-CN';
 */
export type Locale = (typeof LOCALES)[number];

/**
 * Every shipped locale's interface strings and level labels: the one way to reach them.
 *
 * @example
 * localeMessages['zh-CN'].strings['summary.roles'] // '角色'
 */
export const localeMessages: Readonly<Record<Locale, LocaleMessages>> = {
  en: { strings: en },
  'zh-CN': zhCN,
};

/**
 * Values for `{name}` placeholders; `count` also picks the plural form.
 *
 * @example
 * t.message('summary.optionalRest', { count: 9 } satisfies MessageParams)
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Interface strings, labels and formats for one locale, with a host's overrides applied; made
 * by `createTranslator`.
 *
 * @example
 * const t = createTranslator('en');
 * t.message('table.caption', { level: t.level(level) }) // 'Expected at Senior'
 */
export interface Translator {
  readonly locale: Locale;
  /** The interface string for `key`, with placeholders filled in. Never returns a raw key. */
  message(key: MessageKey, params?: MessageParams): string;
  /** A level's label: an override, else the locale's name for that id, else the data's name. */
  level(level: LadderLevel): string;
  /** A role's label: an override, else the locale's name for that id, else the data's name. */
  role(role: LadderRole): string;
  /** An ISO date (`YYYY-MM-DD`) formatted for the locale, the same in every time zone. */
  date(isoDate: string): string;
  /** A number formatted for the locale. */
  number(value: number): string;
}

/**
 * The shipped locale that fits a locale tag: `'zh-CN'` for `'zh-CN'`, `'zh'` or `'zh-Hans'`,
 * else `'en'`.
 *
 * @example
 * resolveLocale('zh') // 'zh-CN'
 */
export function resolveLocale(tag: unknown): Locale {
  if (typeof tag !== 'string') return 'en';
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  return /^zh\b(?!-(hant|tw|hk|mo)\b)/i.test(tag) ? 'zh-CN' : 'en';
}

function own(labels: Labels | undefined, id: string): string | undefined {
  if (!labels || !Object.hasOwn(labels, id)) return undefined;
  const label = labels[id];
  return typeof label === 'string' && label !== '' ? label : undefined;
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message & object).other === 'string'
  );
}

function fill(template: string, params: MessageParams | undefined, number: (n: number) => string) {
  if (!params) return template;
  // Placeholder values are inserted as text, never interpreted.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? number(value) : String(value);
  });
}

interface Formatters {
  readonly plurals: Intl.PluralRules;
  readonly numbers: Intl.NumberFormat;
  readonly dates: Intl.DateTimeFormat;
}

// Intl objects are costly to make and the same for every translator of a locale, so each part
// of the UI can make its own translator cheaply.
const formatters = new Map<Locale, Formatters>();

function formattersOf(locale: Locale): Formatters {
  let made = formatters.get(locale);
  if (!made) {
    made = {
      plurals: new Intl.PluralRules(locale),
      numbers: new Intl.NumberFormat(locale),
      dates: new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
    };
    formatters.set(locale, made);
  }
  return made;
}

/**
 * Makes a translator for a locale, with overrides for any string and any level or role label.
 *
 * @example
 * const t = createTranslator('en', { 'summary.roles': 'Teams', levels: { senior: 'L3' } });
 * t.message('summary.optionalRest', { count: 9 }) // 'the other 9 are optional'
 * t.level({ id: 'senior', name: 'Senior' }) // 'L3'
 */
export function createTranslator(locale: unknown = 'en', overrides?: MessageOverrides): Translator {
  const resolved = resolveLocale(locale);
  const base = localeMessages[resolved];
  const { plurals, numbers, dates } = formattersOf(resolved);
  const number = (value: number) => numbers.format(value);

  const messageFor = (key: MessageKey): Message => {
    const override: unknown =
      overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (isMessage(override)) return override;
    return base.strings[key] ?? en[key];
  };

  return {
    locale: resolved,
    message(key, params) {
      const message = messageFor(key);
      if (typeof message === 'string') return fill(message, params, number);
      const count = typeof params?.count === 'number' ? params.count : 0;
      const form = count === 0 && message.zero !== undefined ? 'zero' : plurals.select(count);
      const template = (form === 'zero' ? message.zero : message[form]) ?? message.other;
      return fill(template, params, number);
    },
    level: (level) => own(overrides?.levels, level.id) ?? own(base.levels, level.id) ?? level.name,
    role: (role) => own(overrides?.roles, role.id) ?? own(base.roles, role.id) ?? role.name,
    date(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
      const time = Date.UTC(year, month - 1, day);
      return Number.isNaN(time) ? isoDate : dates.format(time);
    },
    number,
  };
}
