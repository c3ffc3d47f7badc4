import { z } from 'astro/zod';
import { IdSchema } from './question';

/**
 * The words of content/compare/program-context.yaml: what the compare view says when respondents do
 * not describe the same program (its stage, its size), shown first because every other answer is read
 * against these. Which questions count is listed here, so no question file needs a flag for it.
 */
export const ProgramContextTextSchema = z.strictObject({
  /** The finding's title, with `{subject}` for what they describe differently ("its stage and the size of its team"). */
  title: z.string().min(1).includes('{subject}', { message: 'must contain {subject}' }),
  /** The questions that describe the program, each with the words for it in the title, in the order shown. */
  questions: z.record(IdSchema, z.string().min(1)).refine((q) => Object.keys(q).length > 0, { message: 'must name at least one question' }),
  /** Why it matters and what to do, in our words. */
  why: z.string().min(1),
});
export type ProgramContextText = z.output<typeof ProgramContextTextSchema>;
