import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { createTranslator, localeMessages, LOCALES, resolveLocale } from './translator.js';
import type { LocaleMessages } from './types.js';

const keys = Object.keys(en).sort();

describe('the shipped locales', () => {
  it.each(LOCALES)('%s has every key, each a non-empty string or plural with `other`', (locale) => {
    const strings = localeMessages[locale].strings;
    expect(Object.keys(strings).sort()).toEqual(keys);
    for (const message of Object.values(strings)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      expect(typeof message === 'string' || typeof message.other === 'string').toBe(true);
      for (const form of forms) expect(form.trim()).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses the same placeholders as English in every string', (locale) => {
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
    for (const key of keys) {
      const ours = new Set(placeholders(localeMessages[locale].strings[key as keyof typeof en]));
      const english = new Set(
        placeholders(en[key as keyof typeof en]).filter((p) => p !== 'count'),
      );
      for (const name of english) expect(ours, `${locale} ${key}`).toContain(name);
    }
  });
});

describe('createTranslator', () => {
  it.each([
    ['en', 0, 'none are optional'],
    ['en', 1, 'the other one is optional'],
    ['en', 9, 'the other 9 are optional'],
    ['en', 1200, 'the other 1,200 are optional'],
    ['zh-CN', 0, '没有可选项'],
    ['zh-CN', 9, '其余 9 个可选'],
  ])('%s says %i optional cells plural-safely', (locale, count, text) => {
    expect(createTranslator(locale).message('summary.optionalRest', { count })).toBe(text);
  });

  it.each([
    ['en', 'summary.optionalOfRest', 0, 'none of the others are optional'],
    ['en', 'summary.optionalOfRest', 1, 'one of the others is optional'],
    ['en', 'summary.notExpectedHint', 1, 'cell where a role has no expectation'],
    ['en', 'summary.notExpectedHint', 2, 'cells where a role has no expectation'],
    ['zh-CN', 'summary.optionalOfRest', 0, '其余均非可选'],
    ['zh-CN', 'summary.optionalOfRest', 3, '其余中有 3 个可选'],
  ] as const)('%s words %s for %i cells', (locale, key, count, text) => {
    expect(createTranslator(locale).message(key, { count })).toBe(text);
  });

  it('fills placeholders with text, never re-reading what it inserts', () => {
    const t = createTranslator('en');
    expect(t.message('table.caption', { level: '{level} <b>x</b>' })).toBe(
      'Expected at {level} <b>x</b>',
    );
    expect(t.message('error.unknownSkill', { id: 'ml', known: '"ml-pipelines"' })).toBe(
      'There is no skill "ml". Available skills: "ml-pipelines".',
    );
  });

  it('overrides any string key by key and any level or role label by id', () => {
    const t = createTranslator('zh-CN', {
      'summary.roles': 'Teams',
      'summary.optionalRest': { other: '{count} optional' },
      levels: { senior: 'L3' },
      roles: { 'ml-engineer': 'MLE' },
    });
    expect(t.message('summary.roles')).toBe('Teams');
    expect(t.message('summary.levels')).toBe('级别');
    expect(t.message('summary.optionalRest', { count: 0 })).toBe('0 optional');
    expect(t.level({ id: 'senior', name: 'Senior' })).toBe('L3');
    expect(t.level({ id: 'lead', name: 'Lead' })).toBe('主管');
    expect(t.role({ id: 'ml-engineer', name: 'ML Engineer' })).toBe('MLE');
    expect(t.role({ id: 'nlp-engineer', name: 'NLP Engineer' })).toBe('NLP Engineer');
  });

  it.each([
    ['a host override, over everything', { id: 'senior', name: '资深', lang: 'zh' }, 'L3'],
    [
      'the content translation, over the locale label',
      { id: 'lead', name: '技术负责人', lang: 'zh-CN' },
      '技术负责人',
    ],
    [
      'the locale label, over a name that fell back',
      { id: 'lead', name: 'Lead', lang: 'en' },
      '主管',
    ],
    ['the source name, when nothing else', { id: 'staff', name: 'Staff', lang: 'en' }, 'Staff'],
  ])('labels a level by one rule: %s', (_, level, label) => {
    const t = createTranslator('zh-CN', { levels: { senior: 'L3' } });
    expect(t.level(level)).toBe(label);
  });

  it('takes a whole message set for a locale it does not ship, with its plurals, dates and numbers', () => {
    const strings = {
      ...en,
      'summary.roles': 'الأدوار',
      'error.invalid': {
        zero: 'لا مشكلات',
        one: 'مشكلة واحدة',
        two: 'مشكلتان',
        few: '{count} مشكلات',
        many: '{count} مشكلة',
        other: '{count} مشكلة',
      },
    };
    const t = createTranslator('ar', {
      strings,
      levels: { junior: 'مبتدئ' },
    } satisfies LocaleMessages);
    expect(t.locale).toBe('ar');
    expect(t.message('summary.roles')).toBe('الأدوار');
    expect(t.message('error.invalid', { count: 2 })).toBe('مشكلتان');
    expect(t.message('error.invalid', { count: 3 })).toBe(`${t.number(3)} مشكلات`);
    expect(t.number(1200)).toBe(new Intl.NumberFormat('ar').format(1200));
    expect(t.date('2026-03-17')).toBe('17 مارس 2026');
    expect(t.level({ id: 'junior', name: 'Junior', lang: 'en' })).toBe('مبتدئ');
  });

  it('fills the keys a message set lacks with English, and reads a bad tag as English', () => {
    const t = createTranslator('not a tag!', { strings: { 'summary.roles': 'Rollen' } } as never);
    expect(t.locale).toBe('en');
    expect(t.message('summary.roles')).toBe('Rollen');
    expect(t.message('summary.levels')).toBe('Levels');
  });

  it('ignores overrides that are not strings, and ids that only exist on Object.prototype', () => {
    const t = createTranslator('en', { 'summary.roles': 42 as unknown as string, levels: {} });
    expect(t.message('summary.roles')).toBe('Roles');
    expect(t.level({ id: 'constructor', name: 'Constructor' })).toBe('Constructor');
    expect(t.level({ id: 'toString', name: 'L0' })).toBe('L0');
  });

  it('formats the updated date the same in every time zone', () => {
    expect(createTranslator('en').date('2026-03-17')).toBe('Mar 17, 2026');
    expect(createTranslator('zh-CN').date('2026-03-17')).toBe('2026年3月17日');
    expect(createTranslator('en').date('not a date')).toBe('not a date');
  });

  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('resolves the locale %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

describe('zh-CN wording', () => {
  it('says “expected” with one word, 期望, wherever a role becomes expected', () => {
    const zh = localeMessages['zh-CN'].strings;
    for (const key of ['roleProfile.becomesExpected', 'change.becomes-expected'] as const) {
      expect([key, zh[key]]).toEqual([key, expect.stringContaining('有期望')]);
    }
  });
});
