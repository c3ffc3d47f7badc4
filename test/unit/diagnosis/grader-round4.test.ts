import { describe, expect, test } from 'vitest';
import type { Report } from '../../../src/diagnosis/report';
import { gradedTeam as team, problemOf as problem, reportTexts as texts } from '../../fixtures/graded-teams';

/**
 * The teams a head of AI at a bank walked through the live interview in grading round 4 (issue 11), as
 * answered, and the report defects found: each test names the defect it holds fixed.
 */

// A sound production team: ML engineer owning the chain, dedicated data engineer, product owner, alerts.
const sound = {
  stage: 'in-production', 'team-size': '6-to-12', roles: 'data-scientists,ml-engineer,data-engineer,product-owner,lead', 'production-work': 'dedicated-ml-engineer',
  'models-live': 'several', 'pipeline-owner': 'named-ml-engineer', 'retraining-owner': 'pipeline-owner', monitoring: 'alerts', 'last-drift': 'caught-and-retrained',
  'data-pipelines': 'dedicated-engineer', 'training-data-documented': 'yes', 'feature-reuse': 'shared', 'domain-expert': 'embedded', 'output-review': 'every-release',
  'product-owner': 'dedicated', 'product-owner-when': 'day-one', 'spec-written': 'written', 'owner-model-performance': 'one-person',
  'owner-production-behaviour': 'one-person', 'owner-business-outcome': 'one-person', 'owner-running-cost': 'one-person', 'headcount-pressure': 'no', 'ds-infra-time': 'under-20',
};
// One senior data scientist does everything: small team, modelers deploy and retrain, one person named for each accountability.
const solo = {
  stage: 'in-production', 'team-size': '2-to-5', roles: 'data-scientists,lead', 'production-work': 'data-scientists', 'models-live': 'one',
  'pipeline-owner': 'named-other', 'retraining-owner': 'data-scientists', monitoring: 'dashboards', 'last-drift': 'not-yet', 'data-pipelines': 'data-scientists',
  'training-data-documented': 'partly', 'feature-reuse': 'single-use-case', 'domain-expert': 'regular', 'output-review': 'sometimes',
  'product-owner': 'ds-lead', 'spec-written': 'written', 'owner-model-performance': 'one-person', 'owner-production-behaviour': 'one-person',
  'owner-business-outcome': 'one-person', 'owner-running-cost': 'one-person', 'headcount-pressure': 'no', 'ds-infra-time': '20-to-50',
};
// K: a marketing team, four data scientists, one model live that central IT deploys; central data engineering owns
// every pipeline behind a six-week ticket queue, data scientists may not build pipelines, the head wants more data scientists.
const teamK = {
  stage: 'in-production', 'team-size': '2-to-5', roles: 'data-scientists,lead', 'production-work': 'platform-team', 'models-live': 'one',
  'pipeline-owner': 'split', 'retraining-owner': 'data-scientists', monitoring: 'dashboards', 'last-drift': 'not-yet', 'data-pipelines': 'promised',
  'training-data-documented': 'partly', 'feature-reuse': 'single-use-case', 'domain-expert': 'regular', 'output-review': 'sometimes',
  'product-owner': 'business-person', 'product-owner-when': 'early', 'spec-written': 'written', 'owner-model-performance': 'one-person',
  'owner-production-behaviour': 'one-team', 'owner-business-outcome': 'one-person', 'owner-running-cost': 'one-person', 'headcount-pressure': 'yes',
  constraint: 'capacity', 'capacity-skill': 'data-engineering', 'ds-infra-time': 'under-20',
};
// A team still building its first model, otherwise the same.
const building = { ...sound, stage: 'building', 'models-live': '', 'last-drift': '', 'retraining-owner': '', 'ds-before-pipelines': 'after-pipelines' };
const clean = (answers: Record<string, string>) => Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== ''));

/** Each accountability, the words its headline must name, and its severity with models live. */
const ACCOUNTABILITIES = [
  { question: 'owner-running-cost', named: /cost to run/, live: 'major' },
  { question: 'owner-business-outcome', named: /business outcome/, live: 'critical' },
  { question: 'owner-production-behaviour', named: /behaves? in production/, live: 'critical' },
  { question: 'owner-model-performance', named: /how well .*perform/, live: 'critical' },
] as const;

describe('the grader’s teams, round 4', () => {
  test('one accountability with nobody: the headline and steps name it, in production and before, and never speak of "the four owners"', () => {
    for (const { question, named, live } of ACCOUNTABILITIES) {
      for (const [stage, base] of [['in-production', sound], ['building', clean(building)]] as const) {
        const r = team({ ...base, [question]: 'nobody' });
        const found = problem(r, 'accountability-nobody')!;
        expect(found.title, `${question} at ${stage}`).toMatch(named);
        expect(texts(r).filter((t) => /\bfour (names|owners)\b|\bAt least one accountability\b/i.test(t)), `${question} at ${stage}`).toEqual([]);
        if (stage === 'in-production') expect(found.severity, question).toBe(live);
      }
    }
    // Running cost with models live: the steps are the cost owner's work, not a generic roster.
    const cost = problem(team({ ...sound, 'owner-running-cost': 'nobody' }), 'accountability-nobody')!;
    expect(cost.actions.map((a) => a.do).join(' ')).toMatch(/tag the cloud .*resources.*monthly cost per model.*finance/is);
    const business = problem(team({ ...sound, 'owner-business-outcome': 'nobody' }), 'accountability-nobody')!;
    expect(business.actions.map((a) => a.do).join(' ')).toMatch(/interim business owner.*regular performance review/is);
    // Two missing: still one finding, critical, and no "four names" when only some are missing.
    const two = team({ ...sound, 'owner-running-cost': 'nobody', 'owner-business-outcome': 'nobody' });
    expect(problem(two, 'accountability-nobody')!.severity).toBe('critical');
    expect(texts(two).filter((t) => /\bfour (names|owners)\b/i.test(t))).toEqual([]);
  });

  test('no step counts on a platform team or an engineer the answers do not show (a lone senior data scientist does everything)', () => {
    const steps = (r: Report) => [...r.problems, ...r.strengths].flatMap((f) => f.finding.actions.map((a) => `${f.finding.id}: ${a.do}`));
    const alone = team(solo);
    expect(alone.problems.map((p) => p.finding.id)).toContain('pipeline-owner-not-engineer');
    expect(steps(alone).filter((s) => /platform team|central IT|pair the owner with an engineer/i.test(s))).toEqual([]);
    // Where a platform team deploys, the owner's partner is named there; where an ML engineer is on the program, there.
    const platform = team({ ...solo, 'production-work': 'platform-team' });
    expect(steps(platform).join('\n')).toMatch(/pipeline-owner-not-engineer: Pair the owner with a named engineer on the platform team/);
    const engineer = team({ ...solo, roles: 'data-scientists,ml-engineer,lead', 'production-work': 'dedicated-ml-engineer' });
    expect(steps(engineer).join('\n')).toMatch(/pipeline-owner-not-engineer: Pair the owner with an engineer on the program/);
  });

  test('one person holding every accountability beside modelers running production is a key-person risk, not a strength', () => {
    const alone = team(solo);
    expect(alone.problems.map((p) => p.finding.id)).toContain('modelers-run-production');
    expect(alone.strengths.map((s) => s.finding.id)).not.toContain('accountabilities-named');
    // The same names in a team where an engineer runs production stay a strength.
    expect(team(sound).strengths.map((s) => s.finding.title)).toContain('All four accountabilities have a named owner');
    // A program of one is the same concentration; modelers whose retraining is not yet asked about (a launch) are not.
    expect(team({ ...solo, 'team-size': 'just-me' }).strengths.map((s) => s.finding.id)).not.toContain('accountabilities-named');
  });

  test('K: a live model on central data engineering’s pipelines reads a queue and a service level, not a promise or a first delivery, and no strength praises the queue', () => {
    const K = team(teamK);
    const promised = problem(K, 'data-engineering-promised')!;
    expect(promised.title).toBe("Your pipelines wait in another team's queue");
    expect(texts(K).filter((t) => /\bfirst pipeline\b|\bpromise\b/i.test(t))).toEqual([]);
    expect(promised.actions.map((a) => a.do).join(' ')).toMatch(/service level/);
    // Knowing the queue is at data engineering is no strength once another team's pipelines run the live model and
    // the pressure is for the program's own people; it stays one where the program can hire into the queue.
    expect(K.strengths.map((s) => s.finding.id)).not.toContain('capacity-gap-named');
    expect(team({ ...teamK, 'data-pipelines': 'shared-engineer' }).strengths.map((s) => s.finding.title)).toContain('You know the queue is at data engineering');
    // Before anything is live the promise is still a first delivery to pin down.
    const building = team(clean({ ...teamK, stage: 'building', 'models-live': '', 'retraining-owner': '', 'last-drift': '', 'ds-before-pipelines': 'after-pipelines' }));
    expect(problem(building, 'data-engineering-promised')!.title).toBe("Your pipelines depend on another team's promise");
    expect(building.strengths.map((s) => s.finding.id)).toContain('capacity-gap-named');
  });
});
