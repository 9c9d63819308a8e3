import { describe, expect, it } from 'vitest';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { builtInLadders } from './ladders/index.js';
import { createRegistry, getSkill, listSkills, UnknownSkillError } from './registry.js';
import type { Ladder } from './types.js';

const company: Ladder = {
  ...mlPipelines,
  id: 'data-contracts',
  name: 'Data contracts',
};

describe('the built-in registry', () => {
  it('returns ML Pipelines by id and lists it', () => {
    expect(getSkill('ml-pipelines')).toBe(mlPipelines);
    expect(listSkills().map((ladder) => ladder.id)).toEqual(['ml-pipelines']);
  });

  it('throws an UnknownSkillError naming the id asked for and the ids that exist', () => {
    expect(() => getSkill('ml-pipeline')).toThrow(UnknownSkillError);
    expect(() => getSkill('ml-pipeline')).toThrow(
      'There is no skill ladder "ml-pipeline". Known skill ids: "ml-pipelines".',
    );
    expect(() => getSkill('nope')).toThrow(
      expect.objectContaining({ skillId: 'nope', knownIds: ['ml-pipelines'] }),
    );
  });

  it.each([
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    [undefined, '(undefined)'],
    [42, '(number)'],
    [{ toString: () => 'evil' }, '(object)'],
  ])('rejects %s without reaching Object.prototype', (id, shown) => {
    expect(() => getSkill(id as string)).toThrow(`There is no skill ladder "${shown}"`);
  });
});

describe('createRegistry', () => {
  it('holds a host’s own ladders beside the built-in ones, without touching the global registry', () => {
    const registry = createRegistry([...builtInLadders, company]);
    expect(registry.get('data-contracts')).toBe(company);
    expect(registry.has('ml-pipelines')).toBe(true);
    expect(registry.list().map((l) => l.id)).toEqual(['ml-pipelines', 'data-contracts']);
    expect(() => getSkill('data-contracts')).toThrow(UnknownSkillError);
  });

  it('names the known ids of that registry in its errors', () => {
    expect(() => createRegistry([company]).get('x')).toThrow('Known skill ids: "data-contracts".');
    expect(() => createRegistry([]).get('x')).toThrow('Known skill ids: none.');
  });

  it('refuses two ladders with one id', () => {
    expect(() => createRegistry([company, company])).toThrow(
      'Two ladders have the id "data-contracts"',
    );
  });
});
