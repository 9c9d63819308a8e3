import { formatMessage, isMessage } from '../../messages/format-message.js';
import type { Message } from '../../messages/types.js';
import type { MessageParams, Translator } from '../../messages/translator.js';
import { resolveLocale } from '../../messages/translator.js';
import { assessmentEn } from './en.js';
import type {
  AssessmentLocaleMessages,
  AssessmentMessageKey,
  AssessmentMessages,
} from './types.js';
import { assessmentZhCN } from './zh-cn.js';

/**
 * The shipped assessment strings of every locale core ships.
 *
 * @example
 * assessmentMessages['zh-CN'].strings['assessment.status.yes'] // '已做到'
 */
export const assessmentMessages = {
  en: { strings: assessmentEn },
  'zh-CN': { strings: assessmentZhCN },
} as const satisfies Readonly<Record<string, AssessmentLocaleMessages>>;

/**
 * The interface strings of the self-assessment parts in a translator's locale; made by
 * `createAssessmentTranslator`.
 *
 * @example
 * const a: AssessmentTranslator = createAssessmentTranslator(t);
 * a.message('assessment.estimatedLevel', { level: t.level(level) })
 */
export interface AssessmentTranslator {
  /** The locale of the translator it was made from. */
  readonly locale: string;
  /** The string for `key`, with placeholders filled in (`count` picks the plural form). */
  message(key: AssessmentMessageKey, params?: MessageParams): string;
}

const isLocaleSet = (
  messages: AssessmentMessages | undefined,
): messages is AssessmentLocaleMessages => {
  const strings: unknown = (messages as Partial<AssessmentLocaleMessages> | undefined)?.strings;
  return typeof strings === 'object' && strings !== null;
};

const plurals = new Map<string, Intl.PluralRules>();

/**
 * Makes the assessment's translator beside core's: the strings follow `t.locale` (Chinese for
 * `zh-CN`/`zh`/`zh-Hans`, else English), numbers and plurals follow `t`. `messages` overrides
 * strings by key, or is a whole set (`{ strings }`) for the host's own locale; a missing or
 * malformed string falls back to English.
 *
 * @example
 * const a = createAssessmentTranslator(createTranslator('zh-CN'));
 * a.message('assessment.status.yes') // '已做到'
 * a.message('assessment.progress', { level: '高级', yes: 3, total: 4, count: 1 }) // '高级：4 项中已做到 3 项，1 项部分做到'
 * createAssessmentTranslator(t, { 'assessment.status.yes': 'Done' }).message('assessment.status.yes') // 'Done'
 */
export function createAssessmentTranslator(
  t: Translator,
  messages?: AssessmentMessages,
): AssessmentTranslator {
  const set = isLocaleSet(messages) ? messages : undefined;
  const overrides = set ? undefined : (messages as Partial<Record<string, unknown>> | undefined);
  const base: Readonly<Record<string, unknown>> = (
    set ?? assessmentMessages[resolveLocale(t.locale)]
  ).strings;
  let rules = plurals.get(t.locale);
  if (!rules) {
    rules = new Intl.PluralRules(t.locale);
    plurals.set(t.locale, rules);
  }
  const messageFor = (key: AssessmentMessageKey): Message => {
    const override = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (isMessage(override)) return override;
    const given = Object.hasOwn(base, key) ? base[key] : undefined;
    return isMessage(given) ? given : assessmentEn[key];
  };
  const pluralRules = rules;
  return {
    locale: t.locale,
    message: (key, params) => formatMessage(messageFor(key), params, pluralRules, t.number),
  };
}
