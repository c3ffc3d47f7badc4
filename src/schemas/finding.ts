import { z } from 'astro/zod';
import { ConditionSchema } from './condition';
import { IdSchema } from './question';
import { SEVERITIES, TIMEFRAMES } from './finding-scales';

export { SEVERITIES, TIMEFRAMES } from './finding-scales';

export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.output<typeof SeveritySchema>;

/** One concrete step, with who should own it and by when. */
export const ActionSchema = z.strictObject({
  /** The step, as an imperative sentence. */
  do: z.string().min(1),
  /** The role that should own the step, e.g. "Program lead". */
  owner: z.string().min(1),
  /** By when: the report groups actions into a 30/60/90-day plan by this. */
  within: z.enum(TIMEFRAMES),
});
export type Action = z.output<typeof ActionSchema>;

/**
 * A finding's front matter; the Markdown body below it says why it matters (the mechanism).
 * A finding fires when its `when` condition holds for the answers.
 */
export const FindingSchema = z.strictObject({
  /** Stable kebab-case id; part of exports, never reused. */
  id: IdSchema,
  /** The dimension it belongs to (an id from content/dimensions). */
  dimension: IdSchema,
  /** critical / major / minor for problems; strength for what is working. */
  severity: SeveritySchema,
  /** A short headline, e.g. "Nobody owns the model once it ships". */
  title: z.string().min(1),
  /** When it fires: a declarative condition over answers. */
  when: ConditionSchema,
  /** Two to four concrete steps. */
  actions: z.array(ActionSchema).min(2, 'needs two to four actions').max(4, 'needs two to four actions'),
  /** A question to put to leadership, when this finding is among the most important. */
  ask: z.string().min(1).optional(),
  /** A role (id from content/roles) that this finding says should be staffed. */
  staff: IdSchema.optional(),
  /** Used as the principal constraint only when no problem finding fires (for a healthy program). */
  fallback: z.boolean().optional(),
});
export type Finding = z.output<typeof FindingSchema>;
