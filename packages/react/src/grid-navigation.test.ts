import { describe, expect, it } from 'vitest';
import { gridMove } from './grid-navigation.js';

const grid = { rows: 6, columns: 5, ctrlKey: false, rtl: false };
const middle = { row: 2, column: 2 };

describe('gridMove', () => {
  it.each([
    ['ArrowRight', grid, middle, { row: 2, column: 3 }],
    ['ArrowLeft', grid, middle, { row: 2, column: 1 }],
    ['ArrowDown', grid, middle, { row: 3, column: 2 }],
    ['ArrowUp', grid, middle, { row: 1, column: 2 }],
    ['Home', grid, middle, { row: 2, column: 0 }],
    ['End', grid, middle, { row: 2, column: 4 }],
    ['Home', { ...grid, ctrlKey: true }, middle, { row: 0, column: 0 }],
    ['End', { ...grid, ctrlKey: true }, middle, { row: 5, column: 4 }],
    ['ArrowRight', { ...grid, rtl: true }, middle, { row: 2, column: 1 }],
    ['ArrowLeft', { ...grid, rtl: true }, middle, { row: 2, column: 3 }],
    ['ArrowRight', grid, { row: 0, column: 4 }, { row: 0, column: 4 }],
    ['ArrowDown', grid, { row: 5, column: 0 }, { row: 5, column: 0 }],
    ['ArrowUp', grid, { row: 0, column: 3 }, { row: 0, column: 3 }],
    ['ArrowLeft', { ...grid, rtl: true }, { row: 1, column: 4 }, { row: 1, column: 4 }],
  ])('%s (%o) from %o goes to %o', (key, context, from, to) => {
    expect(gridMove(from, key, context)).toEqual(to);
  });

  it.each(['Tab', 'Enter', ' ', 'PageDown', 'a'])('leaves %j to others', (key) => {
    expect(gridMove(middle, key, grid)).toBeUndefined();
  });
});
