import { z } from 'astro/zod';
import { AnswerMapSchema } from './answers';
import { IdSchema } from './question';

/** An example team: a named situation and the answers its lead would give (content/samples). */
export const SampleSchema = z.strictObject({
  /** Stable kebab-case id; the sample page's address. */
  id: IdSchema,
  /** A short name, e.g. "Borrowed data engineering". */
  name: z.string().min(1),
  /** One sentence on the situation. */
  situation: z.string().min(1),
  /** Its place on the /sample/ page (1 first); samples without it are used by tests only. */
  showcase: z.number().int().min(1).optional(),
  /**
   * The answers to every question that could come up for this team; the interview's branching
   * decides which count (the report follows them through `followAnswers`).
   */
  answers: AnswerMapSchema,
});
export type Sample = z.output<typeof SampleSchema>;
