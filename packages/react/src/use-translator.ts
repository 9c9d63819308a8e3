import { createTranslator, type MessageOverrides, type Translator } from '@skill-ladder/core';
import { useMemo } from 'react';

/** Props every part takes to choose its language and wording. */
export interface LocaleProps {
  /** Interface language: `'en'` (default) or `'zh-CN'`. */
  locale?: string;
  /** Overrides for any interface string (by key) and any level or role label (by id). */
  messages?: MessageOverrides;
}

/** A translator for the locale and overrides, made again only when they change. */
export function useTranslator(
  locale: string | undefined,
  messages: MessageOverrides | undefined,
): Translator {
  return useMemo(() => createTranslator(locale, messages), [locale, messages]);
}
