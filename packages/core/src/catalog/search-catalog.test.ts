import { describe, expect, it } from 'vitest';
import { testIndex } from '../__fixtures__/catalog-index.js';
import { searchCatalog } from './search-catalog.js';
import type { CatalogIndex } from './types.js';

const ids = (query: string, options?: Parameters<typeof searchCatalog>[2]) =>
  searchCatalog(testIndex, query, options).domains.flatMap((d) =>
    d.groups.flatMap((g) => g.skills.map((s) => s.id)),
  );

describe('searchCatalog', () => {
  it.each([
    ['', ['ml-pipelines', 'model-monitoring', 'feature-stores', 'resume-screening']],
    ['pipelines', ['ml-pipelines']],
    ['PIPELINES', ['ml-pipelines']],
    ['resume', ['resume-screening']],
    ['RÉSUMÉ', ['resume-screening']],
    ['kubeflow', ['ml-pipelines']],
    ['mlops', ['ml-pipelines', 'model-monitoring']],
    ['people', ['resume-screening']],
    ['recruiter', ['resume-screening']],
    ['gpu', ['model-monitoring']],
    ['ml serving', ['feature-stores']],
    ['  feast  ', ['feature-stores']],
    ['sourcing pipelines', []],
    ['nothing like this', []],
  ])('finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('never matches a word across two fields', () => {
    // "Vertex AI" ends one keyword and "Machine" starts the domain.
    expect(ids('aimachine')).toEqual([]);
  });

  it('searches the translations of the reader’s language, and Chinese by substring', () => {
    expect(ids('流水线', { locale: 'zh-CN' })).toEqual(['ml-pipelines']);
    expect(ids('学习', { locale: 'zh' })).toEqual(['ml-pipelines']);
    expect(ids('工程师', { locale: 'zh-CN' })).toEqual(['ml-pipelines']);
    expect(ids('流水线', { locale: 'en' })).toEqual([]);
    // The source texts are still found in another language.
    expect(ids('pipelines', { locale: 'zh-CN' })).toEqual(['ml-pipelines']);
  });

  it('keeps the skills of one role', () => {
    expect(ids('', { careerRole: 'recruiter' })).toEqual(['resume-screening']);
    expect(ids('ml', { careerRole: 'data-scientist' })).toEqual(['ml-pipelines', 'feature-stores']);
    expect(ids('', { careerRole: null })).toHaveLength(4);
    expect(ids('', { careerRole: 'astronaut' })).toEqual([]);
  });

  it('groups by domain › group in index order, named in the reader’s language', () => {
    const result = searchCatalog(testIndex, '', { locale: 'zh-CN' });
    expect(result.count).toBe(4);
    expect(
      result.domains.map((d) => [d.name, d.lang, d.groups.map((g) => [g.name, g.lang])]),
    ).toEqual([
      [
        '机器学习与人工智能',
        'zh-CN',
        [
          ['MLOps', 'en'],
          ['Data for ML', 'en'],
        ],
      ],
      ['People', 'en', [['Hiring', 'en']]],
    ]);
    const en = searchCatalog(testIndex, 'monitoring');
    expect(en).toEqual({
      count: 1,
      domains: [
        {
          name: 'Machine Learning & AI',
          lang: 'en',
          groups: [{ name: 'MLOps', lang: 'en', skills: [testIndex.skills[3]] }],
        },
      ],
    });
  });

  it('names a heading the same whichever skills the query finds', () => {
    // Only ml-pipelines translates the domain; the monitoring skill shares it untranslated.
    const found = searchCatalog(testIndex, 'monitoring', { locale: 'zh-CN' });
    expect(found.domains.map((d) => [d.name, d.lang])).toEqual([['机器学习与人工智能', 'zh-CN']]);
    expect(found.domains[0]?.groups.map((g) => [g.name, g.lang])).toEqual([['MLOps', 'en']]);
  });

  it('reads a new index, not the texts of an earlier one', () => {
    const renamed: CatalogIndex = {
      skills: testIndex.skills.map((s) => ({ ...s, name: s.name.replace('ML', 'Robot') })),
    };
    expect(ids('pipelines')).toEqual(['ml-pipelines']);
    expect(searchCatalog(renamed, 'robot pipelines').count).toBe(1);
    expect(searchCatalog(testIndex, 'robot pipelines').count).toBe(0);
  });
});
