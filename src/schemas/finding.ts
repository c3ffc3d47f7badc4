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
  /** By when: the report's plan groups actions by this (this week, 30, 90 or 180 days). */
  within: z.enum(TIMEFRAMES),
  /**
   * The role (an id from content/roles) this step staffs, when it asks for a person: the report keeps one
   * such step per role, and when the constraint is clarity it waits until the clarity work is done.
   */
  staffs: IdSchema.optional(),
  /**
   * What the step does, as a short id shared by steps of different findings that do the same thing (e.g.
   * `measure-fix-time`): the report keeps the first such step, in the most important finding, and drops
   * the others, so a report never asks for the same piece of work twice in other words.
   */
  act: IdSchema.optional(),
});
export type Action = z.output<typeof ActionSchema>;

/**
 * Text for one answer or stage: the first variant whose `when` holds replaces the finding's title, why,
 * actions or question (whichever it gives), so a "don't know" never reads the text written for a "no",
 * and a team with nothing live never reads about live models.
 */
export const VariantSchema = z.strictObject({
  /** Stable kebab-case id within the finding. */
  id: IdSchema,
  /** When this text applies, over the same answers as the finding's own condition. */
  when: ConditionSchema,
  title: z.string().min(1).optional(),
  /** Why it matters, for this variant: plain paragraphs separated by a blank line (no markup). */
  why: z.string().min(1).optional(),
  /** A severity for this variant (e.g. graded by how many signals hold). */
  severity: SeveritySchema.optional(),
  actions: z.array(ActionSchema).min(2, 'needs two to four actions').max(4, 'needs two to four actions').optional(),
  ask: z.string().min(1).optional(),
  /** The role this variant asks to staff, in place of the finding's `staff`; `null` for none (a "don't know" hires nobody). */
  staff: IdSchema.nullable().optional(),
  /** The accountabilities this variant says nobody inside holds, in place of the finding's `noInternalOwner`; `[]` for none. */
  noInternalOwner: z.array(IdSchema).optional(),
});
export type Variant = z.output<typeof VariantSchema>;

/** One text written for several options of one question, stated on purpose (see `covers`). */
export const CoverSchema = z.strictObject({
  question: IdSchema,
  /** The options the finding's default text was written to be true for. */
  options: z.array(IdSchema).min(2),
});

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
  /**
   * With `staff`: the role is there but one more person in it is what the finding asks for (the only ML
   * engineer is overloaded), so the staffing sequence asks for another even though the role is present.
   */
  staffAnother: z.boolean().optional(),
  /** Used as the principal constraint only when no problem finding fires (for a healthy program). */
  fallback: z.boolean().optional(),
  /**
   * Problems this one is the root cause of: when both fire, the other is shown under this one as a
   * symptom and cannot be the principal constraint. A finding id, or `{ finding, when }` for a link that
   * holds only for some answers. Read transitively; no cycles.
   */
  explains: z.array(z.union([IdSchema, z.strictObject({ finding: IdSchema, when: ConditionSchema })])).optional(),
  /**
   * Accountabilities (the `accountability` ids of the accountability questions) this finding says nobody
   * inside the organisation holds (a vendor runs production and nobody inside answers for it): while it is
   * shown, the accountability map calls none of them clear, whatever holder was answered.
   */
  noInternalOwner: z.array(IdSchema).min(1).optional(),
  /**
   * For a strength: problems beside which it would contradict the report, so it is not shown: a finding id, or
   * `{ together: [ids] }` for problems that contradict it only when all of them fired (each alone leaves it true).
   */
  contradicts: z.array(z.union([IdSchema, z.strictObject({ together: z.array(IdSchema).min(2) })])).optional(),
  /** Text for particular answers or stages; the first whose `when` holds applies. */
  variants: z.array(VariantSchema).optional(),
  /**
   * Where the finding fires on several options of one question and its default text is meant for each of
   * them. The build refuses a finding that fires on several options with one text and no variant or cover,
   * and a cover that puts a "don't know" with a definite answer.
   */
  covers: z.array(CoverSchema).optional(),
  /**
   * What the answers would be once this problem's actions are done (question id → option ids), for the
   * report's path forward: applied to today's answers, the finding no longer fires.
   */
  resolvedBy: z.record(IdSchema, z.array(IdSchema).min(1)).optional(),
  /** Why a problem has no `resolvedBy`: an unknown to find out, not answers to change. */
  noResolution: z.string().min(1).optional(),
  /** `false` for a finding about the answers as a whole (many "don't know"s): it caps no dimension's rating. */
  rated: z.boolean().optional(),
});
export type Finding = z.output<typeof FindingSchema>;
