/**
 * Progress over time: two reports of the same team, an older and a newer, and what changed between
 * them per dimension and per finding.
 */
import type { DimensionRating } from '../diagnosis/ratings';
import type { Report } from '../diagnosis/report';
import type { Dimension } from '../schemas/dimension';
import type { Finding } from '../schemas/finding';

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
  /** Problems the newer report has that the older did not. */
  appeared: Finding[];
  /** Strengths the newer report has that the older did not. */
  strengthsGained: Finding[];
  /** Strengths of the older report the newer one lost. */
  strengthsLost: Finding[];
  /** Whether the principal constraint is a different finding now. */
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

/** Compares an older report of a team with a newer one. */
export function progressBetween(older: Report, newer: Report): Progress {
  return {
    dimensions: newer.ratings.flatMap((after) => {
      const before = older.ratings.find((r) => r.dimension.id === after.dimension.id);
      return before ? [{ dimension: after.dimension, before, after, change: changeOf(before, after) }] : [];
    }),
    resolved: without(older.problems, newer.problems),
    appeared: without(newer.problems, older.problems),
    strengthsGained: without(newer.strengths, older.strengths),
    strengthsLost: without(older.strengths, newer.strengths),
    principalChanged: older.principal.finding.id !== newer.principal.finding.id,
  };
}
