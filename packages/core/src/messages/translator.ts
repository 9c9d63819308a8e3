import type { LadderLevel, LadderRole } from '../types.js';
import { en } from './en.js';
import { formatMessage, isMessage } from './format-message.js';
import type {
  HostMessages,
  Labels,
  LocaleMessages,
  Message,
  MessageKey,
  MessageOverrides,
} from './types.js';
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
  /**
   * The BCP 47 tag of the interface strings: a shipped locale (`'en'`, `'zh-CN'`), or the
   * host's own locale when it gave a whole message set for it (`'ar'`).
   */
  readonly locale: string;
  /** The interface string for `key`, with placeholders filled in. Never returns a raw key. */
  message(key: MessageKey, params?: MessageParams): string;
  /**
   * A level's label: a host's override by id; else its name when `level.lang` says the name
   * is in the interface's language (a translated ladder); else the locale's label for that id
   * (`初级` for `junior`); else its name.
   */
  level(level: LadderLevel): string;
  /** A role's label, by the same rule as `level`. */
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

interface Formatters {
  readonly plurals: Intl.PluralRules;
  readonly numbers: Intl.NumberFormat;
  readonly dates: Intl.DateTimeFormat;
}

// Intl objects are costly to make and the same for every translator of a locale, so each part
// of the UI can make its own translator cheaply.
const formatters = new Map<string, Formatters>();

function formattersOf(locale: string): Formatters {
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

/** A host's whole message set rather than overrides: it has `strings`. */
const isMessageSet = (messages: HostMessages | undefined): messages is LocaleMessages => {
  const strings: unknown = (messages as Partial<LocaleMessages> | undefined)?.strings;
  return typeof strings === 'object' && strings !== null;
};

const primaryLanguage = (tag: string) => tag.split('-')[0]?.toLowerCase();

// The canonical form of a tag, or undefined for what Intl cannot read as one.
function canonical(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Makes a translator for a locale. `messages` is either overrides (any string by key, any
 * level or role label by id) on top of the shipped locale that fits `locale`, or a whole
 * message set for a locale we do not ship (`{ strings, levels?, roles? }`, type-checked
 * against English with `satisfies LocaleMessages`), whose plurals, dates and numbers then
 * follow `locale`.
 *
 * @example
 * const t = createTranslator('en', { 'summary.roles': 'Teams', levels: { senior: 'L3' } });
 * t.message('summary.optionalRest', { count: 9 }) // 'the other 9 are optional'
 * t.level({ id: 'senior', name: 'Senior' }) // 'L3'
 * const ar = createTranslator('ar', { strings: arabicStrings } satisfies LocaleMessages);
 */
export function createTranslator(locale: unknown = 'en', messages?: HostMessages): Translator {
  const set = isMessageSet(messages) ? messages : undefined;
  const overrides = set ? undefined : (messages as MessageOverrides | undefined);
  const resolved = (set && canonical(locale)) || resolveLocale(locale);
  const base: LocaleMessages = set ?? localeMessages[resolveLocale(locale)];
  const { plurals, numbers, dates } = formattersOf(resolved);
  const number = (value: number) => numbers.format(value);
  const messageFor = (key: MessageKey): Message => {
    const override: unknown =
      overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (isMessage(override)) return override;
    const given: unknown = Object.hasOwn(base.strings, key) ? base.strings[key] : undefined;
    return isMessage(given) ? given : en[key];
  };
  // Host override, then a name in the reader's language, then the locale's label, then the
  // name as it is: the one rule for every label of a level or role.
  const language = primaryLanguage(resolved);
  const label = (labels: 'levels' | 'roles', item: LadderLevel | LadderRole) =>
    own(overrides?.[labels], item.id) ??
    (item.lang !== undefined && primaryLanguage(item.lang) === language
      ? undefined
      : own(base[labels], item.id)) ??
    item.name;
  return {
    locale: resolved,
    message: (key, params) => formatMessage(messageFor(key), params, plurals, number),
    level: (level) => label('levels', level),
    role: (role) => label('roles', role),
    date(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
      const time = Date.UTC(year, month - 1, day);
      return Number.isNaN(time) ? isoDate : dates.format(time);
    },
    number,
  };
}
