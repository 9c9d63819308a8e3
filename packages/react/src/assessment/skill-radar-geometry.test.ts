import { describe, expect, it } from 'vitest';
import { fitLabel } from './progress-chart-geometry.js';
import { radarLabelColumns, radarLayout, SKILL_RADAR } from './skill-radar-geometry.js';

const distance = (p: { x: number; y: number }) =>
  Math.hypot(p.x - SKILL_RADAR.size / 2, p.y - SKILL_RADAR.size / 2);

describe('radarLayout', () => {
  it.each([3, 5, 12, 30])('puts %i spokes clockwise from the top, each value at its share', (n) => {
    const layout = radarLayout(
      Array.from({ length: n }, (_, i) => ({ levels: 5, expected: (i % 5) + 1, estimated: 2 })),
    );
    expect(layout.spokes).toHaveLength(n);
    expect(layout.spokes[0]?.end).toEqual({ x: 200, y: 80 });
    expect(layout.rings).toEqual([24, 48, 72, 96, 120]);
    layout.spokes.forEach((spoke, i) => {
      expect(distance(spoke.end)).toBeCloseTo(SKILL_RADAR.radius, 1);
      expect(distance(spoke.expected)).toBeCloseTo((SKILL_RADAR.radius * ((i % 5) + 1)) / 5, 1);
      expect(distance(spoke.estimated)).toBeCloseTo(48, 1);
    });
    // Clockwise: the second spoke is to the right of the first.
    expect(layout.spokes[1]?.end.x).toBeGreaterThan(200);
    expect(layout.expectedOutline.split(' ')).toHaveLength(n);
  });

  it('draws a skill not assessed at the centre, and skills of other lengths at their share', () => {
    const layout = radarLayout([
      { levels: 4, expected: 2, estimated: undefined },
      { levels: 8, expected: 4, estimated: 8 },
      { levels: 4, expected: 0, estimated: 0 },
    ]);
    expect(layout.spokes[0]?.estimated).toEqual({ x: 200, y: 200 });
    expect(distance(layout.spokes[0]?.expected ?? { x: 0, y: 0 })).toBeCloseTo(60, 1);
    expect(distance(layout.spokes[1]?.expected ?? { x: 0, y: 0 })).toBeCloseTo(60, 1);
    expect(distance(layout.spokes[1]?.estimated ?? { x: 0, y: 0 })).toBeCloseTo(120, 1);
    expect(layout.rings).toHaveLength(8);
    expect(layout.spokes.map((spoke) => spoke.label.anchor)).toEqual(['middle', 'start', 'end']);
  });

  it('gives labels less room as spokes crowd', () => {
    expect([3, 8, 9, 16, 17, 30].map(radarLabelColumns)).toEqual([20, 20, 14, 14, 9, 9]);
  });
});

describe('fitLabel', () => {
  it.each([
    ['Code Review', 12, 'Code Review'],
    ['Incident Response', 12, 'Incident Re…'],
    ['Incident Response', 17, 'Incident Response'],
    ['数据建模与治理', 8, '数据建…'],
    ['数据建模', 8, '数据建模'],
  ])('fits %s in %i columns as %s', (text, columns, fitted) => {
    expect(fitLabel(text, columns)).toBe(fitted);
  });
});
