import { alignmentKind, alignmentUrl, frameworkLabel } from '../alignment.js';
import { splitExpectations } from '../assessment/split-expectations.js';
import { localeMessages, LOCALES } from '../messages/translator.js';
import type {
  Alignment,
  Expectation,
  Ladder,
  LadderTranslation,
  LocalizedLadder,
} from '../types.js';

/**
 * Options of `toCtdlAsn`.
 *
 * @example
 * toCtdlAsn(ladder, { baseUrl: 'https://example.com/frameworks/' } satisfies CtdlAsnOptions);
 */
export interface CtdlAsnOptions {
  /**
   * Where the framework's nodes are published: every `@id` is this base followed by the
   * skill's id and a path (`<base>ml-pipelines/roles/ml-engineer/senior/2`). Default
   * `urn:skill-ladder:`, which names the nodes without claiming any web address.
   */
  readonly baseUrl?: string;
}

/**
 * A JSON-LD node of the CTDL-ASN graph.
 *
 * @example
 * const framework: CtdlAsnNode | undefined = toCtdlAsn(ladder)['@graph'][0];
 */
export type CtdlAsnNode = Readonly<Record<string, unknown>>;

/**
 * A CTDL-ASN JSON-LD document: the published context and a graph of nodes.
 *
 * @example
 * const document: CtdlAsnDocument = toCtdlAsn(mlPipelines);
 */
export interface CtdlAsnDocument {
  readonly '@context': typeof CTDL_ASN_CONTEXT;
  readonly '@graph': readonly CtdlAsnNode[];
}

/** Credential Engine's published JSON-LD context of CTDL-ASN. */
const CTDL_ASN_CONTEXT = 'https://credreg.net/ctdlasn/schema/context/json';

type LanguageMap = Record<string, string>;

// Paths are built from ids, which may hold any character: each segment is percent-encoded.
const segment = (id: string) => encodeURIComponent(id);

function languageMap(entries: readonly (readonly [string, string | undefined])[]): LanguageMap {
  const map: LanguageMap = {};
  for (const [tag, text] of entries) if (text !== undefined) map[tag] = text;
  return map;
}

// The sentences of a cell in every language. A translation is paired sentence by sentence
// only when it splits into as many sentences as the source: otherwise which of its sentences
// says what is unknown, and it is left out for that cell.
function expectationTexts(
  source: readonly string[],
  translations: readonly (readonly [string, string | undefined])[],
): LanguageMap[] {
  const split = translations.flatMap(([tag, text]) => {
    const sentences = text === undefined ? [] : splitExpectations(text);
    return sentences.length === source.length ? [[tag, sentences] as const] : [];
  });
  return source.map((_, i) => languageMap(split.map(([tag, sentences]) => [tag, sentences[i]])));
}

/**
 * The ladder as a CTDL-ASN competency framework (Credential Engine's profile of the Achievement
 * Standards Network), as JSON-LD:
 * - a `ceasn:CompetencyFramework` for the skill: its name, keywords (`ceasn:conceptKeyword`),
 *   domain and group (`ceasn:localSubject`), languages and date;
 * - one top `ceasn:Competency` per role, and under it (`ceasn:hasChild`) one `ceasn:Competency`
 *   per expectation: each sentence of the role's cell descriptions, with its level
 *   (`asn:hasProgressionLevel`) and whether it is required or optional (`ceasn:conceptTerm`,
 *   a concept of the framework's requirement scheme, `skos:ConceptScheme`); a not-expected
 *   cell has none;
 * - the levels as an `asn:ProgressionModel` of `asn:ProgressionLevel`s, in order
 *   (`ceterms:precedes`, `ceterms:precededBy`, `skos:notation` 1, 2, …);
 * - alignments: an occupation as a `ceterms:occupationType` (on the framework for the skill's,
 *   on the role's competency for a role's), a skill as `ceasn:skillEmbodied` of the role
 *   competencies, one of unknown kind as `ceasn:alignTo`. ESCO's essential/optional relation
 *   has no CTDL-ASN term and is not written.
 *
 * Texts are language maps (`{ "en": "…", "zh-CN": "…" }`) with every translation; a
 * translated description is split into sentences too, and kept when it has as many as the
 * source. Pass the ladder itself for every language; a `localizeLadder` result gives one
 * language, each text that fell back filed under its own. `@id`s are deterministic (see
 * `baseUrl`).
 *
 * @example
 * const jsonld = JSON.stringify(toCtdlAsn(mlPipelines, { baseUrl: 'https://example.com/frameworks/' }), null, 2);
 */
export function toCtdlAsn(ladder: Ladder, options: CtdlAsnOptions = {}): CtdlAsnDocument {
  const base = `${options.baseUrl ?? 'urn:skill-ladder:'}${segment(ladder.id)}`;
  const source = ladder.lang ?? 'en';
  const translations = Object.entries(ladder.translations ?? {});
  // A localized ladder marks each text that fell back to the source language with that
  // language: it is filed under it, not under the ladder's.
  const fieldLang: LocalizedLadder['fieldLang'] =
    (ladder as Partial<LocalizedLadder>).fieldLang ?? {};
  const languages = new Set<string>();
  const used = (map: LanguageMap) => {
    for (const tag of Object.keys(map)) languages.add(tag);
    return map;
  };
  // Every language of a text: its own, then each translation's that has it.
  const texts = (
    own: string,
    lang: string | undefined,
    pick: (translation: LadderTranslation) => string | undefined,
  ) =>
    used(
      languageMap([
        [lang ?? source, own],
        ...translations.map(([tag, t]) => [tag, pick(t)] as const),
      ]),
    );
  const lists = (
    own: readonly (readonly [string, string | undefined])[],
    pick: (t: LadderTranslation) => readonly string[] | undefined,
  ) => {
    const map: Record<string, string[]> = {};
    for (const [text, lang] of own) (map[lang ?? source] ??= []).push(text);
    for (const [tag, t] of translations) {
      const list = pick(t);
      if (list) map[tag] = [...list];
    }
    for (const tag of Object.keys(map)) languages.add(tag);
    return map;
  };

  const frameworkId = base;
  const modelId = `${base}/levels`;
  const levelId = (id: string) => `${modelId}/${segment(id)}`;
  const schemeId = `${base}/requirements`;
  const conceptId = (requirement: Expectation) => `${schemeId}/${requirement}`;
  const roleId = (id: string) => `${base}/roles/${segment(id)}`;

  const occupationTypes = (alignments: readonly Alignment[] | undefined) =>
    (alignments ?? [])
      .filter((alignment) => alignmentKind(alignment) === 'occupation')
      .map((alignment) => ({
        '@type': 'ceterms:CredentialAlignmentObject',
        'ceterms:frameworkName': { en: frameworkLabel(alignment.framework) },
        ...(alignmentUrl(alignment) && { 'ceterms:targetNode': alignmentUrl(alignment) }),
        ...(alignment.framework === 'onet' && { 'ceterms:codedNotation': alignment.target }),
        ...(alignment.name !== undefined && {
          'ceterms:targetNodeName': { [source]: alignment.name },
        }),
      }));
  const targets = (alignments: readonly Alignment[] | undefined, kind: 'skill' | undefined) =>
    (alignments ?? [])
      .filter((a) => alignmentKind(a) === kind)
      .map((a) => alignmentUrl(a) ?? a.target);
  const withValues = (entries: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(entries).filter(
        ([, value]) => !(Array.isArray(value) && value.length === 0) && value !== undefined,
      ),
    );

  const levels = ladder.levels.map((level, i) =>
    withValues({
      '@id': levelId(level.id),
      '@type': 'asn:ProgressionLevel',
      'skos:prefLabel': texts(level.name, level.lang, (t) => t.levels?.[level.id]),
      'skos:notation': String(i + 1),
      'ceasn:inProgressionModel': modelId,
      'skos:topConceptOf': modelId,
      'ceterms:precededBy': i > 0 ? [levelId(ladder.levels[i - 1]!.id)] : undefined,
      'ceterms:precedes':
        i < ladder.levels.length - 1 ? [levelId(ladder.levels[i + 1]!.id)] : undefined,
    }),
  );
  // Interface words, so in the languages core ships, whatever the ladder's.
  const label = (key: string) =>
    languageMap(
      LOCALES.map((locale) => [
        locale,
        (localeMessages[locale].strings as Record<string, string | undefined>)[key],
      ]),
    );
  const requirements = (['required', 'optional'] as const).map((requirement) => ({
    '@id': conceptId(requirement),
    '@type': 'skos:Concept',
    'skos:prefLabel': label(`requirement.${requirement}`),
    'skos:inScheme': schemeId,
    'skos:topConceptOf': schemeId,
  }));

  const levelOrder = new Map(ladder.levels.map((level, i) => [level.id, i]));
  const skillTargets = targets(ladder.alignments, 'skill');
  const roles = ladder.roles.map((role) => {
    const id = roleId(role.id);
    const cells = ladder.cells
      .filter((cell) => cell.role === role.id)
      .sort((a, b) => (levelOrder.get(a.level) ?? 0) - (levelOrder.get(b.level) ?? 0));
    const expectations = cells.flatMap((cell) => {
      if (cell.requirement === 'not-expected') return [];
      const sentences = splitExpectations(cell.description);
      const translated = expectationTexts(
        sentences,
        translations.map(([tag, t]) => [tag, t.cells?.[role.id]?.[cell.level]] as const),
      );
      return sentences.map((sentence, i) => ({
        '@id': `${id}/${segment(cell.level)}/${i + 1}`,
        '@type': 'ceasn:Competency',
        'ceasn:competencyText': used({ [cell.lang ?? source]: sentence, ...translated[i] }),
        'ceasn:isChildOf': [id],
        'ceasn:isPartOf': frameworkId,
        'asn:hasProgressionLevel': levelId(cell.level),
        'ceasn:conceptTerm': [conceptId(cell.requirement)],
      }));
    });
    const name = texts(role.name, role.lang, (t) => t.roles?.[role.id]);
    const competency = withValues({
      '@id': id,
      '@type': 'ceasn:Competency',
      'ceasn:competencyLabel': name,
      'ceasn:competencyText': name,
      'ceasn:isTopChildOf': frameworkId,
      'ceasn:isPartOf': frameworkId,
      'ceasn:hasChild': expectations.map((expectation) => expectation['@id']),
      'ceasn:skillEmbodied': [...skillTargets, ...targets(role.alignments, 'skill')],
      'ceasn:alignTo': targets(role.alignments, undefined),
      'ceterms:occupationType': occupationTypes(role.alignments),
    });
    return [competency, ...expectations];
  });

  const name = texts(ladder.name, fieldLang.name, (t) => t.name);
  const keywords = lists(
    ladder.keywords.map((keyword) => [keyword, fieldLang.keywords] as const),
    (t) => t.keywords,
  );
  const subjects = lists(
    [
      [ladder.domain, fieldLang.domain],
      [ladder.group, fieldLang.group],
    ],
    (t) => {
      const translated = [t.domain, t.group].filter((text) => text !== undefined);
      return translated.length > 0 ? translated : undefined;
    },
  );
  // The source language first, then in the order the texts use them.
  const inLanguage = [...new Set([source, ...languages])];
  const framework = withValues({
    '@id': frameworkId,
    '@type': 'ceasn:CompetencyFramework',
    'ceasn:name': name,
    'ceasn:conceptKeyword': keywords,
    'ceasn:localSubject': subjects,
    'ceasn:inLanguage': inLanguage,
    'ceasn:dateModified': ladder.updated,
    'ceasn:hasTopChild': ladder.roles.map((role) => roleId(role.id)),
    'asn:hasProgressionModel': modelId,
    'ceasn:alignTo': targets(ladder.alignments, undefined),
    'ceterms:occupationType': occupationTypes(ladder.alignments),
  });
  const model = {
    '@id': modelId,
    '@type': 'asn:ProgressionModel',
    'ceasn:name': name,
    'ceasn:inLanguage': inLanguage,
    'skos:hasTopConcept': ladder.levels.map((level) => levelId(level.id)),
  };
  const scheme = {
    '@id': schemeId,
    '@type': 'skos:ConceptScheme',
    'ceasn:name': label('table.requirement'),
    'ceasn:inLanguage': [...LOCALES],
    'skos:hasTopConcept': requirements.map((concept) => concept['@id']),
  };
  return {
    '@context': CTDL_ASN_CONTEXT,
    '@graph': [framework, model, ...levels, scheme, ...requirements, ...roles.flat()],
  };
}
