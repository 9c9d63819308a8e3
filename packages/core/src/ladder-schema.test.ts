import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { mlPipelines } from './ladders/ml-pipelines.js';

const schema = JSON.parse(readFileSync(new URL('../ladder.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const copy = () => JSON.parse(JSON.stringify(mlPipelines)) as Record<string, unknown>;

describe('ladder.schema.json', () => {
  it('accepts the built-in ladder', () => {
    expect(validate(copy()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a missing field', (d: Record<string, unknown>) => void delete d.roles],
    [
      'a bad requirement',
      (d: Record<string, unknown>) =>
        void ((d.cells as { requirement: string }[])[0]!.requirement = 'must'),
    ],
    [
      'an empty description',
      (d: Record<string, unknown>) =>
        void ((d.cells as { description: string }[])[0]!.description = ' '),
    ],
    ['a bad date', (d: Record<string, unknown>) => void (d.updated = '17.03.2026')],
    ['an unknown field', (d: Record<string, unknown>) => void (d.color = 'red')],
  ])('rejects %s', (_name, change) => {
    const data = copy();
    change(data);
    expect(validate(data)).toBe(false);
  });
});
