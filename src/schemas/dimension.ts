import { z } from 'astro/zod';
import { IdSchema } from './question';

/** One of the structural dimensions the check rates (content/dimensions, one file each). */
export const DimensionSchema = z.strictObject({
  /** Stable kebab-case id, referenced by questions and findings. */
  id: IdSchema,
  /** Short display name, e.g. "Production ownership". */
  name: z.string().min(1),
  /** The question this dimension answers, in one sentence. */
  question: z.string().min(1),
  /** What healthy looks like, in one sentence. */
  healthy: z.string().min(1),
  /**
   * Order of leverage, 1 first: when two problems are equally severe, the one in the dimension with
   * the lower number becomes the principal constraint (accountability and product ownership before
   * headcount, infrastructure roles before more data scientists).
   */
  leverage: z.number().int().min(1),
  /**
   * Stages (option ids of the stage question) at which this dimension is what the program needs next:
   * between two equally severe root causes, the one in an urgent dimension is the principal constraint.
   */
  urgentAt: z.array(IdSchema).optional(),
  /** A question for the leadership meeting when this dimension is weak. */
  meetingQuestion: z.string().min(1),
});
export type Dimension = z.output<typeof DimensionSchema>;
