import { describe, expect, it } from 'vitest';
import { en } from '../../messages/en.js';
import { createTranslator } from '../../messages/translator.js';
import { assessmentMessages, createAssessmentTranslator } from './assessment-translator.js';
import { assessmentEn } from './en.js';
import type { AssessmentLocaleMessages, AssessmentMessageKey } from './types.js';

const keys = Object.keys(assessmentEn).sort() as AssessmentMessageKey[];
const placeholders = (message: unknown) =>
  new Set([...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

describe('the assessment strings', () => {
  it.each(Object.keys(assessmentMessages))('%s has every key, none empty', (locale) => {
    const { strings } = assessmentMessages[locale as keyof typeof assessmentMessages];
    expect(Object.keys(strings).sort()).toEqual(keys);
    for (const message of Object.values(strings)) {
      const forms: string[] =
        typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
      for (const form of forms) expect(form.trim()).not.toBe('');
    }
  });

  it('has the placeholders of English in Chinese', () => {
    for (const key of keys) {
      const ours = placeholders(assessmentMessages['zh-CN'].strings[key]);
      for (const name of placeholders(assessmentEn[key])) {
        if (name !== 'count') expect(ours, key).toContain(name);
      }
    }
  });

  it("are all `assessment.*` and none is in core's main message set", () => {
    for (const key of keys) {
      expect(key.startsWith('assessment.')).toBe(true);
      expect(Object.hasOwn(en, key)).toBe(false);
    }
  });
});

describe('createAssessmentTranslator', () => {
  it.each([
    ['en', 1, 'Senior: 3 of 4, 1 partly'],
    ['en', 0, 'Senior: 3 of 4'],
    ['en', 1200, 'Senior: 3 of 4, 1,200 partly'],
    ['zh-CN', 1, '高级：4 项中已做到 3 项，1 项部分做到'],
    ['zh', 0, '高级：4 项中已做到 3 项'],
    ['zh-TW', 0, 'Senior: 3 of 4'],
  ])('in %s words progress with %i partly', (locale, count, text) => {
    const t = createTranslator(locale);
    const level = locale.startsWith('zh-CN') || locale === 'zh' ? '高级' : 'Senior';
    expect(
      createAssessmentTranslator(t).message('assessment.progress', {
        level,
        yes: 3,
        total: 4,
        count,
      }),
    ).toBe(text);
  });

  it("follows the translator's locale", () => {
    const zh = createAssessmentTranslator(createTranslator('zh-CN'));
    expect(zh.locale).toBe('zh-CN');
    expect(zh.message('assessment.status.yes')).toBe('已做到');
    expect(zh.message('assessment.estimatedLevel', { level: '主管' })).toBe('估计级别：主管');
    expect(
      createAssessmentTranslator(createTranslator('de')).message('assessment.print.title'),
    ).toBe('My promotion checklist');
  });

  it('takes overrides by key, and falls back to the shipped string for a bad one', () => {
    const a = createAssessmentTranslator(createTranslator('zh-CN'), {
      'assessment.status.yes': 'Done',
      'assessment.status.partly': 42 as unknown as string,
    });
    expect(a.message('assessment.status.yes')).toBe('Done');
    expect(a.message('assessment.status.partly')).toBe('部分做到');
    expect(a.message('assessment.status.not-yet')).toBe('尚未做到');
  });

  it("takes a whole set for the host's own locale, English where it has no string", () => {
    const strings = { 'assessment.status.yes': 'نعم' } as AssessmentLocaleMessages['strings'];
    const t = createTranslator('ar', { strings: en });
    const a = createAssessmentTranslator(t, { strings });
    expect(a.locale).toBe('ar');
    expect(a.message('assessment.status.yes')).toBe('نعم');
    expect(a.message('assessment.status.partly')).toBe('Partly');
  });

  it("formats numbers with the translator's own `number`", () => {
    const t = { ...createTranslator('en'), number: (value: number) => `#${value}` };
    const a = createAssessmentTranslator(t);
    expect(a.message('assessment.importPreview', { added: 3, changed: 0, removed: 1 })).toBe(
      '#3 new, #0 changed, #1 removed',
    );
  });

  it('fills placeholders with text, never re-reading what it inserts', () => {
    const a = createAssessmentTranslator(createTranslator('en'));
    expect(a.message('assessment.leftFor', { level: '{level} <b>' })).toBe(
      'What is left for {level} <b>',
    );
  });
});
