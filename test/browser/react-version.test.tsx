import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { server } from 'vitest/browser';

describe('the React under test', () => {
  it('is the one the project names, for react and react-dom alike', () => {
    const major = server.config.name?.startsWith('react18') ? '18' : '19';
    expect(version.split('.')[0]).toBe(major);
    expect(domVersion).toBe(version);
  });
});
