/**
 * The zod schema of a codebook file, for build-time validation (a content collection over
 * content/codebooks). The browser checks codebooks with the hand-written `parseCodebook` instead;
 * a unit test holds the two to the same verdicts.
 */
import { z } from 'astro/zod';
import { IdSchema } from '../schemas/question';
import { MAX_CODEBOOK_VERSION, MAX_MULTIPLE_OPTIONS } from './codebook';

const uniqueIds = (field: string) =>
  z
    .array(IdSchema)
    .min(1, `${field} must list at least one id`)
    .refine((ids) => new Set(ids).size === ids.length, `${field} must not list an id twice`);

export const CodebookQuestionSchema = z
  .strictObject({
    /** The question's id in that version of the questionnaire. */
    id: IdSchema,
    /** `single`: a link stores the option's position; `multiple`: a bitmask of positions. */
    kind: z.enum(['single', 'multiple']),
    /** Option ids in their frozen order; a link stores an option by its position here. */
    options: uniqueIds('options'),
    /** Options of a multiple-choice question that must be chosen alone ("none of these"). */
    exclusive: uniqueIds('exclusive').optional(),
  })
  .superRefine((question, context) => {
    if (question.exclusive && question.kind !== 'multiple') {
      context.addIssue({ code: 'custom', path: ['exclusive'], message: 'only multiple-choice questions have exclusive options' });
    }
    for (const option of question.exclusive ?? []) {
      if (!question.options.includes(option)) {
        context.addIssue({ code: 'custom', path: ['exclusive'], message: `names "${option}", which is not an option` });
      }
    }
    if (question.kind === 'multiple' && question.options.length > MAX_MULTIPLE_OPTIONS) {
      context.addIssue({ code: 'custom', path: ['options'], message: `has more than ${MAX_MULTIPLE_OPTIONS} options` });
    }
  });

export const CodebookSchema = z
  .strictObject({
    /** The questionnaire version; links name it with one base62 digit, so 1 to 61. */
    version: z.number().int().min(1).max(MAX_CODEBOOK_VERSION),
    /** Every question of that version, in the frozen order links encode them. */
    questions: z.array(CodebookQuestionSchema).min(1, 'must list at least one question'),
  })
  .superRefine((codebook, context) => {
    const ids = codebook.questions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) context.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `"${id}" appears twice` });
    });
  });
