/**
 * Progress over time: two reports of the same team, an older and a newer, and what changed between
 * them per dimension and per finding.
 */
import type { DimensionRating } from '../diagnosis/ratings';
import type { FiredFinding, Report } from '../diagnosis/report';
import type { Dimension } from '../schemas/dimension';
import type { ResolvedFinding as Finding } from '../diagnosis/resolve-finding';

/** How one dimension moved. */
export type Change = 'better' | 'worse' | 'same' | 'newly-assessed' | 'no-longer-assessed';

/** One dimension's rating then and now. */
export interface DimensionChange {
  dimension: Dimension;
  before: DimensionRating;
  after: DimensionRating;
  change: Change;
}

/** What changed from the older report to the newer. */
export interface Progress {
  dimensions: DimensionChange[];
  /** Problems in the older report that the newer one no longer has. */
  resolved: Finding[];
  /** Problems the newer report has that the older did not, and whose answers changed (a fact that is new). */
  appeared: Finding[];
  /** Strengths the newer report has that the older did not. */
  strengthsGained: Finding[];
  /** Strengths of the older report the newer one lost. */
  strengthsLost: Finding[];
  /** Whether the principal constraint is a different finding now, or the same one for a different reason (other answers, other text). */
  principalChanged: boolean;
}

function changeOf(before: DimensionRating, after: DimensionRating): Change {
  const was = before.level !== 'not-assessed';
  const is = after.level !== 'not-assessed';
  if (!was && !is) return 'same';
  if (!was) return 'newly-assessed';
  if (!is) return 'no-longer-assessed';
  return after.score > before.score ? 'better' : after.score < before.score ? 'worse' : 'same';
}

/** The findings of `a` that `b` does not have, by id. */
const without = (a: readonly { finding: Finding }[], b: readonly { finding: Finding }[]) =>
  a.filter((x) => !b.some((y) => y.finding.id === x.finding.id)).map((x) => x.finding);

/** Whether the answers a finding cites are the same in another report's answers. */
const sameAnswers = (fired: FiredFinding, other: Report) =>
  fired.evidence.every((e) => JSON.stringify([...(other.answers[e.question] ?? [])].sort()) === JSON.stringify([...e.chosen].sort()));

/** Whether two reports name the same principal constraint for the same reason: same finding, same text, same answers. */
function samePrincipal(older: Report, newer: Report): boolean {
  const a = older.principal;
  const b = newer.principal;
  return a.finding.id === b.finding.id && a.finding.variant === b.finding.variant && sameAnswers(b, older);
}

/** Compares an older report of a team with a newer one. */
export function progressBetween(older: Report, newer: Report): Progress {
  return {
    dimensions: newer.ratings.flatMap((after) => {
      const before = older.ratings.find((r) => r.dimension.id === after.dimension.id);
      return before ? [{ dimension: after.dimension, before, after, change: changeOf(before, after) }] : [];
    }),
    resolved: without(older.problems, newer.problems),
    // A problem is new only when its answers changed; the engine never hides a fact behind another answer.
    appeared: without(newer.problems, older.problems).filter((f) => !sameAnswers(newer.problems.find((p) => p.finding.id === f.id)!, older)),
    strengthsGained: without(newer.strengths, older.strengths),
    strengthsLost: without(older.strengths, newer.strengths),
    principalChanged: !samePrincipal(older, newer),
  };
}
