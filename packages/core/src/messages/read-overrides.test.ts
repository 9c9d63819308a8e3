import { describe, expect, it } from 'vitest';
import { readOverrides } from './read-overrides.js';

describe('readOverrides', () => {
  it('copies overrides into a plain object', () => {
    const input = { 'summary.roles': 'Teams', levels: { senior: 'L3', bad: 3 } };
    const result = readOverrides(input);
    expect(result).toEqual({
      ok: true,
      overrides: { 'summary.roles': 'Teams', levels: { senior: 'L3' } },
    });
    expect(result.ok && result.overrides).not.toBe(input);
  });

  it('copies a whole message set, strings and labels', () => {
    const set = { strings: { 'summary.roles': 'الأدوار' }, levels: { junior: 'مبتدئ', x: 1 } };
    const result = readOverrides(set);
    expect(result).toEqual({
      ok: true,
      overrides: { strings: { 'summary.roles': 'الأدوار' }, levels: { junior: 'مبتدئ' } },
    });
    expect(result.ok && result.overrides).not.toBe(set);
  });

  it('passes nothing through as nothing', () => {
    expect(readOverrides(undefined)).toEqual({ ok: true, overrides: undefined });
  });

  it('reports a throwing getter instead of throwing', () => {
    const hostile = {
      get 'summary.roles'(): string {
        throw new Error('boom');
      },
    };
    expect(readOverrides(hostile)).toEqual({
      ok: false,
      reason: 'the messages could not be read (boom)',
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(readOverrides(proxy)).toMatchObject({ ok: false });
  });
});
