import { z } from 'astro/zod';
import { ConditionSchema } from './condition';
import { ID_PATTERN, MAX_ID_LENGTH } from './id';

/** A stable kebab-case id: part of share links and exports, so never reused for another meaning. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);


/** Who holds an accountability, as an option of an accountability question means it. */
export const OwnershipSchema = z.enum(['named', 'team', 'joint', 'nobody', 'unknown']);
export type Ownership = z.output<typeof OwnershipSchema>;

export const OptionSchema = z.strictObject({
  /** Stable id of the option, unique within its question. */
  id: IdSchema,
  /** What the respondent reads. */
  label: z.string().min(1),
  /** An honest "don't know": counted as unknown by the diagnosis, never as healthy. */
  unknown: z.boolean().optional(),
  /** On accountability questions: what kind of owner this option names. */
  ownership: OwnershipSchema.optional(),
  /** On multiple-choice questions: choosing it clears every other option (e.g. "none of these"). */
  exclusive: z.boolean().optional(),
  /** On the question of where work piles up: the role (id from content/roles) whose skill this option names. */
  skill: IdSchema.optional(),
  /**
   * Why this option may change nothing in the report on any path (e.g. it is recorded for compare), so the
   * test that every answer counts lets it pass.
   */
  neutral: z.string().min(1).optional(),
  /**
   * Why choosing it tells nothing about the health of the question's dimension (no pressure to add people
   * never asks whether the limit is capacity or clarity): the rating counts it neither as evidence of health
   * nor as a "don't know", so a dimension resting on such answers alone is not assessed.
   */
  assessesNothing: z.string().min(1).optional(),
  /**
   * On the question of how many models are live: choosing it says several models are in production, so
   * finding texts read each `{one|several}` choice in its second form (see diagnosis/model-count.ts).
   */
  severalModels: z.boolean().optional(),
  /** Choosing it says the real constraint is clarity, not capacity: the report then recommends no hire. */
  pausesHiring: z.boolean().optional(),
});
export type Option = z.output<typeof OptionSchema>;

/** One branching rule: go to `goto` when `when` holds; a rule without `when` always applies. */
export const BranchSchema = z.strictObject({
  when: ConditionSchema.optional(),
  goto: z.string().min(1),
});
export type Branch = z.output<typeof BranchSchema>;

export const QuestionSchema = z.strictObject({
  /** Stable kebab-case id, unique across the interview. */
  id: IdSchema,
  /** The first question of the interview says `start: true`; exactly one does. */
  start: z.boolean().optional(),
  /** Section heading shown above the question, e.g. "Your team". */
  section: z.string().min(1),
  /** The dimension this question informs (an id from content/dimensions), if any. */
  dimension: IdSchema.optional(),
  /**
   * A question of context (the stage): findings that depend on it cite it as evidence only when nothing
   * else is cited, so every finding does not repeat "Running models in production".
   */
  context: z.boolean().optional(),
  /**
   * The answer changes only how the report words things (how many models are live), never which findings
   * hold or where the interview goes: no condition may read it and its `next` is a single question. Answers
   * that lack it but go on past it (a link made before it was asked) are read past it; the interview still
   * asks it.
   */
  wordsOnly: z.boolean().optional(),
  /** Marks an accountability question (who owns one of the accountabilities), with the accountability's id. */
  accountability: IdSchema.optional(),
  /** The question itself, as the respondent reads it. */
  prompt: z.string().min(1),
  /** Why we ask, in one or two sentences. */
  help: z.string().min(1),
  /** `single`: exactly one option; `multiple`: one or more options. */
  kind: z.enum(['single', 'multiple']),
  /**
   * How the options rank for health, for the test that a worse answer never makes the report look better:
   * chains of option ids from healthiest to worst (a partial order; "don't know" is never in one), or
   * `unordered` where no option is worse than another (the stage, the team's size, a choice of kind).
   * Every question in content/ declares one (a model test says so).
   */
  order: z.union([z.literal('unordered'), z.array(z.array(IdSchema).min(2)).min(1)]).optional(),
  /** The choices, in display order. */
  options: z.array(OptionSchema).min(1, 'needs at least one option'),
  /**
   * Where to go after this question: a question id or `end`, or a list of rules tried in order,
   * the last of which must have no `when` so that every answer leads somewhere.
   */
  next: z.union([z.string().min(1), z.array(BranchSchema).min(1)]),
});
export type Question = z.output<typeof QuestionSchema>;
