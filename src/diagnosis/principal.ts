import type { Dimension } from '../schemas/dimension';
import type { Finding } from '../schemas/finding';
import { SEVERITIES } from '../schemas/finding-scales';

/**
 * Orders findings by how much they hold the program back: severity first (critical, major, minor,
 * strength), then the dimension's leverage (accountability and product ownership before headcount,
 * infrastructure roles before more data scientists), then the finding's id, so the order is stable.
 */
export function byImpact(dimensions: readonly Dimension[]) {
  const leverage = new Map(dimensions.map((d) => [d.id, d.leverage]));
  return (a: Finding, b: Finding): number =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (leverage.get(a.dimension) ?? 99) - (leverage.get(b.dimension) ?? 99) ||
    byCodeUnit(a.id, b.id);
}

/**
 * Plain string order. For kebab-case ids it is the order `localeCompare` gives, without its first call
 * in a page setting up a collator: 40–130 ms on the main thread before the report could show.
 */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The principal constraint: the first problem finding by impact; when no problem fires, the
 * library's fallback finding (a healthy program still gets one clear thing to protect).
 */
export function choosePrincipal(problems: readonly Finding[], fallback: Finding | undefined): Finding | undefined {
  return problems[0] ?? fallback;
}
