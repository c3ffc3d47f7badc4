import { z } from 'astro/zod';

/** A title with a `{subject}` slot, filled with what the respondents disagree about. */
const TitleSchema = z.string().min(1).includes('{subject}', { message: 'must contain {subject}' });

/** What the compare view says about one kind of disagreement. */
const TextSchema = z.strictObject({
  /** The finding's title, e.g. "No agreement on who owns {subject}". */
  title: TitleSchema,
  /** Why the disagreement matters, in our words: the mechanism, then what to do. */
  why: z.string().min(1),
});

/** The words of content/compare/disagreements.yaml: one entry per kind of fact. */
export const DisagreementTextsSchema = z.strictObject({
  /** Who owns one of the accountabilities. */
  accountability: TextSchema,
  /** Whether a role is filled, by the role's `present` condition. */
  role: TextSchema.extend({
    /** The position of respondents whose answers show the role filled. */
    present: z.string().min(1),
    /** The position of respondents whose answers show it not filled. */
    absent: z.string().min(1),
    /** The position of respondents who answered "don't know" to a question that decides the role. */
    unknown: z.string().min(1),
  }),
  /** The answer to the question with a `pausesHiring` option: capacity or clarity. */
  constraint: TextSchema,
});
export type DisagreementTexts = z.output<typeof DisagreementTextsSchema>;
