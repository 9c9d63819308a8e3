import { describe, expect, it } from 'vitest';
import { createPositionFinder, pathSteps, syntaxErrorPosition } from './json-positions.js';

const text = `{
  "id": "x",
  "levels": [{ "id": "junior", "name": "Junior" }],
  "translations": { "zh-CN": { "cells": { "ml-engineer": { "junior": "…" } } } }
}`;

describe('JSON positions of parseLadder paths', () => {
  it.each([
    ['cells[12].level', ['cells', 12, 'level']],
    [
      'translations["zh-CN"].cells["ml-engineer"].junior',
      ['translations', 'zh-CN', 'cells', 'ml-engineer', 'junior'],
    ],
    ['', []],
  ])('splits %s into steps', (path, steps) => {
    expect(pathSteps(path)).toEqual(steps);
  });

  it.each([
    ['id', 2, 9],
    ['levels[0].name', 3, 40],
    ['translations["zh-CN"].cells["ml-engineer"].junior', 4, 70],
    // A missing field is shown where it belongs: the object that should hold it.
    ['levels[0].description', 3, 14],
    ['', 1, 1],
  ])('finds %s at %i:%i', (path, line, column) => {
    expect(createPositionFinder(text)(path)).toEqual({ line, column });
  });

  it('points at the last of a repeated key, the value JSON.parse kept and the check read', () => {
    const repeated = '{\n  "updated": "2026-01-01",\n  "updated": "soon"\n}';
    expect(JSON.parse(repeated)).toEqual({ updated: 'soon' });
    expect(createPositionFinder(repeated)('updated')).toEqual({ line: 3, column: 14 });
  });

  it('gives the line and column of a syntax error', () => {
    expect(syntaxErrorPosition('{\n  "id": "x",\n}')).toMatchObject({ line: 3, column: 1 });
  });
});
