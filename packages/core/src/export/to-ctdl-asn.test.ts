import { describe, expect, it } from 'vitest';
import {
  alignedMlPipelines,
  ESCO_AI_ENGINEER,
  ESCO_PYTHON,
} from '../__fixtures__/ladder-aligned.js';
import { incidentResponse } from '../__fixtures__/ladder-v2.js';
import { splitExpectations } from '../assessment/split-expectations.js';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import { localizeLadder } from '../localize-ladder.js';
import type { Ladder } from '../types.js';
import { toCtdlAsn, type CtdlAsnNode } from './to-ctdl-asn.js';

type Node = Record<string, unknown>;
const graphOf = (ladder: Ladder, baseUrl?: string) =>
  toCtdlAsn(ladder, baseUrl === undefined ? {} : { baseUrl })['@graph'] as readonly Node[];
const ofType = (graph: readonly Node[], type: string) => graph.filter((n) => n['@type'] === type);
const byId = (graph: readonly Node[]) => new Map(graph.map((n) => [n['@id'] as string, n]));
const ids = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];

describe('toCtdlAsn', () => {
  it('writes a framework with the published context, the skill as language maps', () => {
    const document = toCtdlAsn(mlPipelines);
    expect(document['@context']).toBe('https://credreg.net/ctdlasn/schema/context/json');
    const [framework] = ofType(document['@graph'], 'ceasn:CompetencyFramework');
    expect(framework).toMatchObject({
      '@id': 'urn:skill-ladder:ml-pipelines',
      'ceasn:name': { en: 'ML Pipelines' },
      'ceasn:localSubject': { en: ['Machine Learning & AI', 'MLOps'] },
      'ceasn:conceptKeyword': { en: mlPipelines.keywords },
      'ceasn:inLanguage': ['en'],
      'ceasn:dateModified': '2026-03-17',
      'asn:hasProgressionModel': 'urn:skill-ladder:ml-pipelines/levels',
    });
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('writes one competency per role and one per expectation of its 30 cells', () => {
    const graph = graphOf(mlPipelines);
    const sentences = (mlPipelines as Ladder).cells.map((cell) =>
      cell.requirement === 'not-expected' ? 0 : splitExpectations(cell.description).length,
    );
    const expectations = sentences.reduce((sum, n) => sum + n, 0);
    // The 30 descriptions hold 76 sentences (counted apart, by ". " followed by a capital).
    expect(expectations).toBe(76);
    expect(ofType(graph, 'ceasn:Competency')).toHaveLength(6 + expectations);

    const nodes = byId(graph);
    const mlEngineer = nodes.get('urn:skill-ladder:ml-pipelines/roles/ml-engineer')!;
    expect(mlEngineer['ceasn:competencyText']).toEqual({ en: 'ML Engineer' });
    const senior = ids(mlEngineer['ceasn:hasChild'])
      .map((id) => nodes.get(id)!)
      .filter(
        (n) => n['asn:hasProgressionLevel'] === 'urn:skill-ladder:ml-pipelines/levels/senior',
      );
    expect(senior.map((n) => (n['ceasn:competencyText'] as Node).en)).toEqual([
      'Designs ML pipeline architecture.',
      'Optimizes pipeline execution (caching, parallel steps).',
      'Configures CI/CD for pipeline deployment.',
      'Ensures reproducibility.',
    ]);
    expect(senior[0]).toMatchObject({
      '@id': 'urn:skill-ladder:ml-pipelines/roles/ml-engineer/senior/1',
      'ceasn:isChildOf': ['urn:skill-ladder:ml-pipelines/roles/ml-engineer'],
      'ceasn:isPartOf': 'urn:skill-ladder:ml-pipelines',
      'ceasn:conceptTerm': ['urn:skill-ladder:ml-pipelines/requirements/required'],
    });
  });

  it('reaches every competency from the framework, and gives every node its own @id', () => {
    const graph = graphOf(incidentResponse, 'https://example.com/frameworks/');
    const all = graph.map((n) => n['@id'] as string);
    expect(new Set(all).size).toBe(all.length);
    expect(
      all.every((id) => id.startsWith('https://example.com/frameworks/incident-response')),
    ).toBe(true);
    const nodes = byId(graph);
    const [framework] = ofType(graph, 'ceasn:CompetencyFramework');
    const reached = new Set<string>();
    const walk = (id: string) => {
      if (reached.has(id)) return;
      reached.add(id);
      const node = nodes.get(id)!;
      expect(node['ceasn:isPartOf']).toBe(framework!['@id']);
      ids(node['ceasn:hasChild']).forEach(walk);
    };
    ids(framework!['ceasn:hasTopChild']).forEach(walk);
    expect([...reached].sort()).toEqual(
      ofType(graph, 'ceasn:Competency')
        .map((n) => n['@id'])
        .sort(),
    );
    // Each link is stated both ways.
    for (const top of ids(framework!['ceasn:hasTopChild'])) {
      expect(nodes.get(top)!['ceasn:isTopChildOf']).toBe(framework!['@id']);
      for (const child of ids(nodes.get(top)!['ceasn:hasChild'])) {
        expect(nodes.get(child)!['ceasn:isChildOf']).toEqual([top]);
      }
    }
    // The not-expected cells add no competency: Data Analyst has none at Junior.
    expect(
      nodes.has('https://example.com/frameworks/incident-response/roles/data-analyst/junior/1'),
    ).toBe(false);
    // Every reference points to a node of the graph.
    const references = graph.flatMap((n) =>
      [
        'ceasn:hasTopChild',
        'ceasn:hasChild',
        'ceasn:isChildOf',
        'asn:hasProgressionLevel',
        'asn:hasProgressionModel',
        'ceasn:conceptTerm',
        'skos:hasTopConcept',
        'skos:inScheme',
        'ceterms:precedes',
        'ceterms:precededBy',
      ].flatMap((key) => ids(n[key])),
    );
    expect(references.filter((id) => !nodes.has(id))).toEqual([]);
  });

  it('writes the levels as a progression model, in order', () => {
    const graph = graphOf(mlPipelines);
    const nodes = byId(graph);
    const [model] = ofType(graph, 'asn:ProgressionModel');
    expect(ids(model!['skos:hasTopConcept'])).toHaveLength(5);
    // JSON-LD lists are sets, so the order is said by precedes and notation: walk it.
    const first = ofType(graph, 'asn:ProgressionLevel').filter((n) => !n['ceterms:precededBy']);
    expect(first).toHaveLength(1);
    const names: unknown[] = [];
    const notations: unknown[] = [];
    for (let level: Node | undefined = first[0]; level;) {
      names.push((level['skos:prefLabel'] as Node).en);
      notations.push(level['skos:notation']);
      expect(level['ceasn:inProgressionModel']).toBe(model!['@id']);
      const [next] = ids(level['ceterms:precedes']);
      if (next) expect(nodes.get(next)!['ceterms:precededBy']).toEqual([level['@id']]);
      level = next === undefined ? undefined : nodes.get(next);
    }
    expect(names).toEqual(['Junior', 'Middle', 'Senior', 'Lead', 'Principal']);
    expect(notations).toEqual(['1', '2', '3', '4', '5']);
  });

  it('says required or optional by a concept of a requirement scheme, in both shipped languages', () => {
    const graph = graphOf(mlPipelines);
    expect(ofType(graph, 'skos:Concept')).toEqual([
      expect.objectContaining({
        '@id': 'urn:skill-ladder:ml-pipelines/requirements/required',
        'skos:prefLabel': { en: 'Required', 'zh-CN': '必要' },
      }),
      expect.objectContaining({
        '@id': 'urn:skill-ladder:ml-pipelines/requirements/optional',
        'skos:prefLabel': { en: 'Optional', 'zh-CN': '可选' },
      }),
    ]);
    const terms = ofType(graph, 'ceasn:Competency').flatMap((n) => ids(n['ceasn:conceptTerm']));
    const cellsOf = (requirement: string) =>
      mlPipelines.cells
        .filter((c) => c.requirement === requirement)
        .reduce((sum, c) => sum + splitExpectations(c.description ?? '').length, 0);
    expect(terms.filter((t) => t.endsWith('/required'))).toHaveLength(cellsOf('required'));
    expect(terms.filter((t) => t.endsWith('/optional'))).toHaveLength(cellsOf('optional'));
  });

  it('writes every translation into the language maps (zh-CN, ar)', () => {
    const graph = graphOf(incidentResponse);
    const nodes = byId(graph);
    const [framework] = ofType(graph, 'ceasn:CompetencyFramework');
    expect(framework).toMatchObject({
      'ceasn:name': { en: 'Incident Response', 'zh-CN': '事故响应', ar: 'الاستجابة للحوادث' },
      'ceasn:inLanguage': ['en', 'zh-CN', 'ar'],
      'ceasn:conceptKeyword': {
        en: ['on-call', 'postmortem', 'runbooks'],
        'zh-CN': ['值班', '事后复盘', '运行手册'],
      },
      // zh-CN translates the domain only: the group stays in English, under "en".
      'ceasn:localSubject': {
        en: ['Engineering Operations', 'Reliability'],
        'zh-CN': ['工程运维'],
      },
    });
    const level = (id: string) => nodes.get(`urn:skill-ladder:incident-response/levels/${id}`)!;
    expect(level('junior')['skos:prefLabel']).toEqual({
      en: 'Junior',
      'zh-CN': '初级',
      ar: 'مبتدئ',
    });
    expect(level('principal')['skos:prefLabel']).toEqual({ en: 'Principal' });
    const role = (id: string) => nodes.get(`urn:skill-ladder:incident-response/roles/${id}`)!;
    expect(role('backend-engineer')['ceasn:competencyText']).toEqual({
      en: 'Backend Engineer',
      'zh-CN': '后端工程师',
      ar: 'مهندس الواجهة الخلفية',
    });
    expect(
      nodes.get('urn:skill-ladder:incident-response/roles/backend-engineer/junior/1'),
    ).toMatchObject({
      'ceasn:competencyText': {
        en: 'Follows the runbook during an incident and reports what they see.',
        'zh-CN': '事故期间按照运行手册操作，并报告所见情况。',
        ar: 'يتبع دليل التشغيل أثناء الحادث ويبلغ عما يراه.',
      },
    });
    // QA Engineer's Lead description has no zh-CN text: English only.
    expect(
      nodes.get('urn:skill-ladder:incident-response/roles/qa-engineer/lead/1')![
        'ceasn:competencyText'
      ],
    ).toEqual({ en: 'Plans the release checks that keep incidents from coming back.' });
  });

  it('pairs a translation sentence by sentence, and leaves it out where the counts differ', () => {
    const ladder: Ladder = {
      ...incidentResponse,
      cells: incidentResponse.cells.map((cell) =>
        cell.role === 'backend-engineer' && cell.requirement !== 'not-expected'
          ? { ...cell, description: 'Reads the runbook. Reports what they see.' }
          : cell,
      ),
      translations: {
        'zh-CN': {
          cells: {
            'backend-engineer': { junior: '阅读运行手册。报告所见情况。', middle: '参与值班。' },
          },
        },
      },
    };
    const nodes = byId(graphOf(ladder));
    const text = (level: string, n: number) =>
      nodes.get(`urn:skill-ladder:incident-response/roles/backend-engineer/${level}/${n}`)![
        'ceasn:competencyText'
      ];
    expect([text('junior', 1), text('junior', 2)]).toEqual([
      { en: 'Reads the runbook.', 'zh-CN': '阅读运行手册。' },
      { en: 'Reports what they see.', 'zh-CN': '报告所见情况。' },
    ]);
    expect([text('middle', 1), text('middle', 2)]).toEqual([
      { en: 'Reads the runbook.' },
      { en: 'Reports what they see.' },
    ]);
  });

  it('carries the alignments of the skill and of its roles', () => {
    const ladder: Ladder = {
      ...alignedMlPipelines,
      alignments: [
        ...(alignedMlPipelines.alignments ?? []),
        { framework: 'esco', target: ESCO_PYTHON, name: 'Python (computer programming)' },
        { framework: 'sfia', target: 'https://sfia-online.org/en/sfia-9/skills/machine-learning' },
      ],
    };
    const graph = graphOf(ladder);
    const nodes = byId(graph);
    const [framework] = ofType(graph, 'ceasn:CompetencyFramework');
    expect(framework!['ceterms:occupationType']).toEqual([
      {
        '@type': 'ceterms:CredentialAlignmentObject',
        'ceterms:frameworkName': { en: 'ESCO' },
        'ceterms:targetNode': ESCO_AI_ENGINEER,
        'ceterms:targetNodeName': { en: 'artificial intelligence engineer' },
      },
      {
        '@type': 'ceterms:CredentialAlignmentObject',
        'ceterms:frameworkName': { en: 'O*NET' },
        'ceterms:targetNode': 'https://www.onetonline.org/link/summary/15-2051.00',
        'ceterms:codedNotation': '15-2051.00',
        'ceterms:targetNodeName': { en: 'Data Scientists' },
      },
    ]);
    expect(framework!['ceasn:alignTo']).toEqual([
      'https://sfia-online.org/en/sfia-9/skills/machine-learning',
    ]);
    const role = (id: string) => nodes.get(`urn:skill-ladder:ml-pipelines/roles/${id}`)!;
    // The skill's ESCO skill is embodied by every role's competency.
    expect(ofType(graph, 'ceasn:Competency').filter((n) => n['ceasn:skillEmbodied'])).toHaveLength(
      6,
    );
    expect(role('nlp-engineer')['ceasn:skillEmbodied']).toEqual([ESCO_PYTHON]);
    expect(role('nlp-engineer')['ceterms:occupationType']).toBeUndefined();
    expect(role('data-scientist')['ceterms:occupationType']).toEqual([
      expect.objectContaining({ 'ceterms:codedNotation': '15-2051.00' }),
    ]);
    expect(role('ml-engineer')['ceterms:occupationType']).toEqual([
      expect.objectContaining({ 'ceterms:targetNode': ESCO_AI_ENGINEER }),
    ]);
  });

  it('percent-encodes ids in @ids', () => {
    const ladder: Ladder = {
      ...incidentResponse,
      id: 'a b/c',
      roles: incidentResponse.roles.map((r) => (r.id === 'qa-engineer' ? { ...r, id: 'qa#1' } : r)),
      cells: incidentResponse.cells.map((c) =>
        c.role === 'qa-engineer' ? { ...c, role: 'qa#1' } : c,
      ),
      translations: {},
    };
    const all = graphOf(ladder).map((n: CtdlAsnNode) => n['@id'] as string);
    expect(all).toContain('urn:skill-ladder:a%20b%2Fc/roles/qa%231/junior/1');
    expect(all.every((id) => !/[\s#]/.test(id))).toBe(true);
  });

  it('files each text of a localized ladder under its own language', () => {
    const graph = graphOf(localizeLadder(incidentResponse, 'zh-CN'));
    const nodes = byId(graph);
    const [framework] = ofType(graph, 'ceasn:CompetencyFramework');
    expect(framework).toMatchObject({
      'ceasn:name': { 'zh-CN': '事故响应' },
      'ceasn:localSubject': { 'zh-CN': ['工程运维'], en: ['Reliability'] },
      'ceasn:inLanguage': ['zh-CN', 'en'],
    });
    expect(
      nodes.get('urn:skill-ladder:incident-response/levels/principal')!['skos:prefLabel'],
    ).toEqual({
      en: 'Principal',
    });
    expect(
      nodes.get('urn:skill-ladder:incident-response/roles/qa-engineer/lead/1')![
        'ceasn:competencyText'
      ],
    ).toEqual({ en: 'Plans the release checks that keep incidents from coming back.' });
    expect(
      nodes.get('urn:skill-ladder:incident-response/roles/qa-engineer/junior/1')![
        'ceasn:competencyText'
      ],
    ).toEqual({ 'zh-CN': '用测试复现报告的故障。' });
  });

  // The terms checked against Credential Engine's published CTDL-ASN (its classes and their
  // properties): a new one must be checked too before it joins this list.
  it('uses only the checked CTDL-ASN classes and properties', () => {
    const ladder: Ladder = {
      ...alignedMlPipelines,
      alignments: [
        ...(alignedMlPipelines.alignments ?? []),
        { framework: 'esco', target: ESCO_PYTHON },
        { framework: 'sfia', target: 'https://sfia-online.org/en/sfia-9/skills/machine-learning' },
      ],
      translations: { 'zh-CN': { name: '机器学习流水线' } },
    };
    const nodes: Node[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null && '@type' in value) {
        nodes.push(value as Node);
        Object.values(value).forEach(walk);
      }
    };
    walk(graphOf(ladder));
    expect([...new Set(nodes.map((n) => n['@type']))].sort()).toEqual([
      'asn:ProgressionLevel',
      'asn:ProgressionModel',
      'ceasn:Competency',
      'ceasn:CompetencyFramework',
      'ceterms:CredentialAlignmentObject',
      'skos:Concept',
      'skos:ConceptScheme',
    ]);
    expect([...new Set(nodes.flatMap((n) => Object.keys(n)))].sort()).toEqual([
      '@id',
      '@type',
      'asn:hasProgressionLevel',
      'asn:hasProgressionModel',
      'ceasn:alignTo',
      'ceasn:competencyLabel',
      'ceasn:competencyText',
      'ceasn:conceptKeyword',
      'ceasn:conceptTerm',
      'ceasn:dateModified',
      'ceasn:hasChild',
      'ceasn:hasTopChild',
      'ceasn:inLanguage',
      'ceasn:inProgressionModel',
      'ceasn:isChildOf',
      'ceasn:isPartOf',
      'ceasn:isTopChildOf',
      'ceasn:localSubject',
      'ceasn:name',
      'ceasn:skillEmbodied',
      'ceterms:codedNotation',
      'ceterms:frameworkName',
      'ceterms:occupationType',
      'ceterms:precededBy',
      'ceterms:precedes',
      'ceterms:targetNode',
      'ceterms:targetNodeName',
      'skos:hasTopConcept',
      'skos:inScheme',
      'skos:notation',
      'skos:prefLabel',
      'skos:topConceptOf',
    ]);
  });
});
