import { describe, expect, test } from 'vitest';
import { causeGraph } from '../../../src/diagnosis/causes';
import { fitActions, type ActionFit } from '../../../src/diagnosis/plan';
import { rankProblems } from '../../../src/diagnosis/principal';
import { principalReasonText } from '../../../src/diagnosis/principal-reason';
import type { ResolvedFinding } from '../../../src/diagnosis/resolve-finding';
import type { Dimension } from '../../../src/schemas/dimension';
import type { Action } from '../../../src/schemas/finding';
import type { Role } from '../../../src/schemas/role';

const dimension = (id: string, leverage: number, urgentAt?: string[]) => ({ id, leverage, ...(urgentAt ? { urgentAt } : {}) }) as Dimension;
const dimensions = [dimension('accountability', 1, ['in-production']), dimension('capacity', 5)];

function finding(id: string, dimensionId: string, actions: Action[] = [], severity: ResolvedFinding['severity'] = 'major'): ResolvedFinding {
  return { id, dimension: dimensionId, severity, title: id, when: { question: 'x', is: id }, actions, bodyKey: id } as ResolvedFinding;
}

describe('rankProblems', () => {
  const unknownOwner = finding('cost-owner-unknown', 'accountability');
  const overloaded = finding('only-ml-engineer-overloaded', 'capacity');
  const graph = causeGraph([], {});

  test('a problem raised by "don\'t know" alone comes after a known one as severe, whatever the stage and leverage say', () => {
    const ranked = rankProblems([unknownOwner, overloaded], dimensions, graph, 'in-production', (f) => f.id === 'cost-owner-unknown');
    expect(ranked.roots.map((f) => f.id)).toEqual(['only-ml-engineer-overloaded', 'cost-owner-unknown']);
    expect(ranked.decidingRule()).toBe('known');
  });

  test('without that difference the stage decides, as before', () => {
    const ranked = rankProblems([unknownOwner, overloaded], dimensions, graph, 'in-production');
    expect(ranked.roots[0]!.id).toBe('cost-owner-unknown');
    expect(ranked.decidingRule()).toBe('stage');
  });

  test('severity still comes first: an unknown-only critical problem outranks a known major one', () => {
    const ranked = rankProblems([{ ...unknownOwner, severity: 'critical' }, overloaded], dimensions, graph, 'in-production', (f) => f.id === 'cost-owner-unknown');
    expect(ranked.roots[0]!.id).toBe('cost-owner-unknown');
    expect(ranked.decidingRule()).toBe('severity');
  });

  test('the reason for the "known" rule says so in words', () => {
    const text = principalReasonText({ rule: 'known', roots: 2, stageLabel: undefined, dimensionName: 'Capacity', symptoms: [] });
    expect(text).toMatch(/rests on what you know/);
  });
});

describe('fitActions', () => {
  const roles: Role[] = [
    { id: 'ml-engineer', name: 'ML engineer', sequence: 1, fill: 'hire', present: { question: 'roles', includes: 'ml-engineer' } },
    { id: 'data-scientist', name: 'Data scientist', sequence: 5, fill: 'hire', present: { question: 'roles', includes: 'data-scientists' }, lead: { title: 'Head of data science', standIn: 'Program lead' } },
  ];
  const fit = (present: string[], paused = false): ActionFit => ({
    roles,
    canStaff: (_, role) => !present.includes(role.id),
    hasLead: (role) => present.includes(role.id),
    paused,
    unknownOnly: (finding) => finding.id.startsWith('unknown-'),
  });
  const hire: Action = { do: 'Open the requisition for an ML engineer.', owner: 'Program lead', within: 'this-week', staffs: 'ml-engineer' };
  const measure = (owner = 'Program lead'): Action => ({ do: 'Measure how long the last fixes took.', owner, within: 'this-week', act: 'measure-fix-time' });

  test('only a critical principal constraint opens a hire in the first 30 days: the same step from a later finding opens within 90 days', () => {
    const [principal] = fitActions([finding('a', 'capacity', [hire], 'critical'), finding('b', 'capacity')], fit([]));
    expect(principal!.actions[0]!.within).toBe('this-week');
    const [, later] = fitActions([finding('a', 'capacity', [measure()], 'critical'), finding('b', 'capacity', [hire], 'critical')], fit([]));
    expect(later!.actions).toEqual([{ ...hire, within: '90-days' }]);
  });

  test('a major principal constraint is worked on with the people there are first: its hire opens within 90 days', () => {
    const [principal] = fitActions([finding('a', 'capacity', [measure(), { ...hire, within: '30-days' }], 'major')], fit([]));
    expect(principal!.actions.map((a) => a.within)).toEqual(['this-week', '90-days']);
  });

  test('one requisition at a time: a second hire in the first 30 days opens within 90 days instead', () => {
    const scientist: Action = { do: 'Open the requisition for a data scientist.', owner: 'Program lead', within: '30-days', staffs: 'data-scientist' };
    const [first, second] = fitActions([finding('a', 'capacity', [hire], 'critical'), finding('b', 'capacity', [scientist], 'critical')], fit([]));
    expect(first!.actions[0]!.within).toBe('this-week');
    expect(second!.actions).toEqual([{ ...scientist, within: '90-days' }]);
  });

  test('a step two findings share by its act is asked for once, in the more important finding', () => {
    const [first, second] = fitActions([finding('a', 'capacity', [measure()]), finding('b', 'capacity', [measure('Head of data science'), hire])], fit(['data-scientist']));
    expect(first!.actions.map((a) => a.act)).toEqual(['measure-fix-time']);
    expect(second!.actions.map((a) => a.staffs)).toEqual(['ml-engineer']);
  });

  test('the head of data science owns steps only where there are data scientists; otherwise the stand-in does', () => {
    const step = measure('Head of data science');
    expect(fitActions([finding('a', 'capacity', [step])], fit(['data-scientist']))[0]!.actions[0]!.owner).toBe('Head of data science');
    expect(fitActions([finding('a', 'capacity', [step])], fit([]))[0]!.actions[0]!.owner).toBe('Program lead');
  });

  test('a finding raised by "don\'t know" alone staffs nobody, and leaves the role to the finding the answers show', () => {
    const [unknown, known] = fitActions([finding('unknown-who-runs-it', 'capacity', [hire, measure()]), finding('b', 'capacity', [{ ...hire, within: '30-days' }])], fit([]));
    expect(unknown!.actions.map((a) => a.act)).toEqual(['measure-fix-time']);
    expect(known!.actions.map((a) => a.staffs)).toEqual(['ml-engineer']);
  });

  test('while hiring waits for clarity, a hire waits, and one role is staffed once', () => {
    const [a, b] = fitActions([finding('a', 'capacity', [hire], 'critical'), finding('b', 'capacity', [{ ...hire, do: 'Hire an ML engineer.' }])], fit([], true));
    expect(a!.actions).toEqual([{ ...hire, waits: true }]);
    expect(b!.actions).toEqual([]);
  });
});
