import { z } from 'astro/zod';
import { ANSWERS_FORMAT } from './answers-format';

export { ANSWERS_FORMAT } from './answers-format';

/** Answers keyed by question id; each value holds the chosen option ids (one for single-choice questions). */
export const AnswerMapSchema = z.record(z.string(), z.array(z.string()));
export type AnswerMap = z.output<typeof AnswerMapSchema>;

/**
 * The documented JSON format of a set of answers, used by export and import:
 * `{ "format": "ai-team-check/answers", "version": 1, "answers": { "stage": ["production"] } }`.
 */
export const AnswersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  version: z.number().int().min(1),
  answers: AnswerMapSchema,
});
export type AnswersFile = z.output<typeof AnswersFileSchema>;
