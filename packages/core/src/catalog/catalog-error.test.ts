import { describe, expect, it } from 'vitest';
import { createTranslator } from '../messages/translator.js';
import { CatalogError, catalogErrorMessage } from './catalog-error.js';
import type { CatalogErrorDetails } from './types.js';

const url = 'https://example.test/ladders/api-design.json';
const errors = [
  { path: 'updated', message: 'updated is not a real calendar date: "2026-02-30".' },
  { path: 'cells[2].level', message: 'cells[2].level must be one of … but it is "seniour".' },
];

const cases: [CatalogErrorDetails, string, string, string][] = [
  [
    { kind: 'network', url, reason: 'fetch failed (other side closed)' },
    `The request for ${url} failed: fetch failed (other side closed)`,
    `Could not reach ${url}.`,
    `无法访问 ${url}。`,
  ],
  [
    { kind: 'http-status', url, status: 404 },
    `The server answered ${url} with HTTP status 404.`,
    `${url} answered with HTTP status 404.`,
    `${url} 返回了 HTTP 状态 404。`,
  ],
  [
    { kind: 'invalid-json', url, position: 1204, reason: 'Unexpected end of JSON input' },
    `${url} is not valid JSON (at character 1205): Unexpected end of JSON input`,
    `${url} is not valid JSON (at character 1,205).`,
    `${url} 不是有效的 JSON（第 1,205 个字符处）。`,
  ],
  [
    { kind: 'invalid-json', url, position: undefined, reason: 'Unexpected end of JSON input' },
    `${url} is not valid JSON: Unexpected end of JSON input`,
    `${url} is not valid JSON.`,
    `${url} 不是有效的 JSON。`,
  ],
  [
    { kind: 'invalid-index', url, errors: errors.slice(0, 1) },
    `The catalog index ${url} is not valid:\n${errors[0]!.message}`,
    `The catalog index ${url} has one problem.`,
    `技能目录索引 ${url} 有 1 个问题。`,
  ],
  [
    { kind: 'invalid-ladder', url, skillId: 'api-design', errors },
    `The ladder of the skill "api-design" (${url}) is not valid:\n${errors[0]!.message}\n${errors[1]!.message}`,
    'The ladder of "api-design" has 2 problems.',
    '“api-design”的阶梯数据有 2 个问题。',
  ],
  [
    { kind: 'unknown-skill', skillId: 'api', knownIds: [] },
    'There is no skill "api" in this catalog. Known skill ids: none.',
    'There is no skill "api" in this catalog.',
    '此技能目录中没有“api”。',
  ],
  [
    { kind: 'index-mismatch', url, skillId: 'api-design', fields: ['levels', 'requirements'] },
    `The ladder file ${url} does not match the catalog index entry of the skill "api-design": its levels, requirements differ.`,
    'The file of "api-design" does not match the catalog: its levels and requirements differ.',
    '“api-design”的文件与技能目录不一致：级别和要求不同。',
  ],
];

describe('CatalogError', () => {
  it.each(cases)('says %j in plain English, and in each locale', (details, message, en, zh) => {
    const error = new CatalogError(details);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CatalogError');
    expect(error.kind).toBe(details.kind);
    expect(error.details).toBe(details);
    expect(error.message).toBe(message);
    expect(catalogErrorMessage(error, createTranslator('en'))).toBe(en);
    expect(catalogErrorMessage(error, createTranslator('zh-CN'))).toBe(zh);
  });

  it('keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new CatalogError({ kind: 'network', url, reason: 'fetch failed' }, { cause });
    expect(error.cause).toBe(cause);
  });

  it('follows a host override of its message', () => {
    const t = createTranslator('en', { 'catalog.unknownSkill': 'No “{id}” here.' });
    const error = new CatalogError({ kind: 'unknown-skill', skillId: 'x', knownIds: ['y'] });
    expect(catalogErrorMessage(error, t)).toBe('No “x” here.');
  });
});
