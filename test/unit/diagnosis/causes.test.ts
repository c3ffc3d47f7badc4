import { describe, expect, test } from 'vitest';
import { causeGraph, explainsCycle } from '../../../src/diagnosis/causes';

const findings = [
  { id: 'no-operators', explains: ['no-chain-owner'] },
  { id: 'no-chain-owner', explains: ['no-monitoring', { finding: 'joint', when: { question: 'gap', is: 'ownership' } }] },
  { id: 'no-monitoring', explains: ['drift-seen-late'] },
  { id: 'drift-seen-late' },
  { id: 'joint' },
];

describe('causeGraph', () => {
  test('reads "explains" transitively', () => {
    const graph = causeGraph(findings, {});
    expect(graph.reaches('no-operators', 'drift-seen-late')).toBe(true);
    expect(graph.reaches('drift-seen-late', 'no-operators')).toBe(false);
  });

  test('counts a link with a condition only when its condition holds', () => {
    expect(causeGraph(findings, { gap: ['ownership'] }).reaches('no-operators', 'joint')).toBe(true);
    expect(causeGraph(findings, { gap: ['requirements'] }).reaches('no-operators', 'joint')).toBe(false);
  });
});

describe('explainsCycle', () => {
  test('finds none in a graph without one', () => {
    expect(explainsCycle(findings)).toBeUndefined();
  });

  test('names the findings along a cycle, conditions ignored', () => {
    const cyclic = [...findings.slice(0, 3), { id: 'drift-seen-late', explains: [{ finding: 'no-operators', when: { question: 'x', is: 'y' } }] }];
    expect(explainsCycle(cyclic)).toEqual(['no-operators', 'no-chain-owner', 'no-monitoring', 'drift-seen-late', 'no-operators']);
  });
});
