import { describe, expect, it } from 'vitest';
import { testIndex } from '../__fixtures__/catalog-index.js';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import { localizeLadder } from '../localize-ladder.js';
import { catalogRoles, roleProfile } from './role-profile.js';
import { catalogSkillTexts } from './skill-texts.js';
import type { CatalogIndex, CatalogSkill } from './types.js';

const steps = (
  list: readonly { skill: CatalogSkill; from: string; to: string; change: string }[],
) => list.map((step) => `${step.skill.id}: ${step.from} → ${step.to} (${step.change})`);

describe('roleProfile', () => {
  it.each([
    [
      'ml-engineer',
      'junior',
      [
        ['ml-pipelines', 'optional'],
        ['feature-stores', 'optional'],
        ['resume-screening', 'not-expected'],
        ['model-monitoring', 'required'],
      ],
      'middle',
      {
        becomesRequired: ['ml-pipelines: optional → required (becomes-required)'],
        becomesExpected: ['resume-screening: not-expected → optional (becomes-expected)'],
        changes: [],
      },
    ],
    [
      'ml-engineer',
      'middle',
      [
        ['ml-pipelines', 'required'],
        ['feature-stores', 'optional'],
        ['resume-screening', 'optional'],
        ['model-monitoring', 'required'],
      ],
      'senior',
      {
        becomesRequired: ['feature-stores: optional → required (becomes-required)'],
        becomesExpected: [],
        changes: [
          'resume-screening: optional → not-expected (stops-being-expected)',
          'model-monitoring: required → optional (becomes-optional)',
        ],
      },
    ],
    [
      'data-scientist',
      'senior',
      [
        ['ml-pipelines', 'required'],
        ['feature-stores', 'optional'],
      ],
      undefined,
      { becomesRequired: [], becomesExpected: [], changes: [] },
    ],
    [
      'recruiter',
      'principal',
      [['resume-screening', 'required']],
      'middle',
      { becomesRequired: [], becomesExpected: [], changes: [] },
    ],
  ])('%s at %s', (role, level, rows, next, toNext) => {
    const profile = roleProfile(testIndex, role, level);
    expect(profile.rows.map((row) => [row.skill.id, row.requirement])).toEqual(rows);
    expect(profile.nextLevel?.id).toBe(next);
    expect({
      becomesRequired: steps(profile.toNext.becomesRequired),
      becomesExpected: steps(profile.toNext.becomesExpected),
      changes: steps(profile.toNext.changes),
    }).toEqual(toNext);
  });

  it('shows the first level for an unknown one, and nothing for an unknown role', () => {
    expect(roleProfile(testIndex, 'recruiter', 'principal').level?.id).toBe('junior');
    expect(roleProfile(testIndex, 'astronaut', 'junior')).toEqual({
      levels: [],
      level: undefined,
      nextLevel: undefined,
      rows: [],
      toNext: { becomesRequired: [], becomesExpected: [], changes: [] },
    });
  });

  it('merges the levels of skills that differ, and leaves out skills without the level', () => {
    const [first, second] = testIndex.skills as [CatalogSkill, CatalogSkill];
    const index: CatalogIndex = {
      skills: [
        first,
        {
          ...second,
          levels: [
            { id: 'middle', name: 'Middle' },
            { id: 'staff', name: 'Staff' },
            { id: 'senior', name: 'Senior' },
          ],
          requirements: { 'ml-engineer': ['optional', 'required', 'required'] },
        },
      ],
    };
    const profile = roleProfile(index, 'ml-engineer', 'staff');
    expect(profile.levels.map((l) => l.id)).toEqual(['junior', 'middle', 'staff', 'senior']);
    expect(profile.rows.map((row) => row.skill.id)).toEqual(['feature-stores']);
    expect(profile.nextLevel?.id).toBe('senior');
    expect(steps(profile.toNext.changes)).toEqual([]);
  });
});

describe('roleProfile levels', () => {
  it('names each level in the reader’s language where a skill translates it, with its lang', () => {
    const [first, second] = testIndex.skills as [CatalogSkill, CatalogSkill];
    // The second skill translates Junior; the first, which comes first, does not.
    const withLevel = {
      ...second,
      translations: { 'zh-CN': { ...second.translations?.['zh-CN'], levels: { junior: '初级' } } },
    };
    const index = { skills: [first, withLevel] };
    const levels = roleProfile(index, 'ml-engineer', undefined, 'zh-CN').levels;
    expect(levels[0]).toEqual({ id: 'junior', name: '初级', lang: 'zh-CN' });
    expect(levels.slice(1).every((level) => level.lang === 'en')).toBe(true);
    expect(roleProfile(testIndex, 'ml-engineer', undefined).levels[0]?.lang).toBe('en');
  });
});

describe('catalogRoles', () => {
  it('lists each role once, in first appearance, named in the reader’s language', () => {
    expect(catalogRoles(testIndex)).toEqual([
      { id: 'ml-engineer', name: 'ML Engineer', lang: 'en' },
      { id: 'data-scientist', name: 'Data Scientist', lang: 'en' },
      { id: 'recruiter', name: 'Recruiter', lang: 'en' },
    ]);
    expect(catalogRoles(testIndex, 'zh-CN')).toEqual([
      { id: 'ml-engineer', name: '机器学习工程师', lang: 'zh-CN' },
      { id: 'data-scientist', name: 'Data Scientist', lang: 'en' },
      { id: 'recruiter', name: 'Recruiter', lang: 'en' },
    ]);
  });

  it('takes a translated name from a later skill', () => {
    const [first, second] = testIndex.skills as [CatalogSkill, CatalogSkill];
    const index = { skills: [second, first] };
    expect(catalogRoles(index, 'zh-CN')[0]).toEqual({
      id: 'ml-engineer',
      name: '机器学习工程师',
      lang: 'zh-CN',
    });
  });
});

describe('catalogSkillTexts', () => {
  const [ml, stores] = testIndex.skills as [CatalogSkill, CatalogSkill];
  it('falls back field by field and says so', () => {
    const zh = catalogSkillTexts(ml, 'zh-CN');
    expect([zh.name, zh.domain, zh.group, zh.keywords]).toEqual([
      '机器学习流水线',
      '机器学习与人工智能',
      'MLOps',
      ['Kubeflow', 'Vertex AI'],
    ]);
    expect(zh.lang).toEqual({ name: 'zh-CN', domain: 'zh-CN', group: 'en', keywords: 'en' });
    expect(catalogSkillTexts(stores, 'zh-CN').lang).toEqual({
      name: 'en',
      domain: 'en',
      group: 'en',
      keywords: 'en',
    });
    expect(catalogSkillTexts(ml, 'en-GB').lang.name).toBe('en');
    expect(catalogSkillTexts(ml, undefined).name).toBe('ML Pipelines');
  });

  it('picks the translation localizeLadder picks, so a list and the skill page agree', () => {
    const translations = {
      'zh-CN': { name: '简体名称' },
      'zh-TW': { name: '繁體名稱' },
      'en-GB': { name: 'ML Pipelines (British)' },
    };
    const skill: CatalogSkill = { ...ml, translations };
    const ladder = { ...mlPipelines, translations };
    for (const locale of ['zh-HK', 'zh-Hant', 'zh', 'zh-SG', 'en-GB', 'en-US', 'fr']) {
      expect([locale, catalogSkillTexts(skill, locale).name]).toEqual([
        locale,
        localizeLadder(ladder, locale).name,
      ]);
    }
    expect(catalogSkillTexts(skill, 'zh-HK').name).toBe('繁體名稱');
    expect(catalogSkillTexts(skill, 'fr').lang.name).toBe('en');
    expect(catalogSkillTexts(skill, 'en-GB').lang.name).toBe('en-GB');
  });
});
