import { z } from 'astro/zod';
import { ConditionSchema } from './condition';
import { IdSchema } from './question';

/** A role the staffing sequence can recommend. */
export const RoleSchema = z.strictObject({
  /** Stable kebab-case id, referenced by findings' `staff`. */
  id: IdSchema,
  /** Display name, e.g. "Data engineer". */
  name: z.string().min(1),
  /** Position in the recommended staffing order, 1 first (the article's sequence). */
  sequence: z.number().int().min(1),
  /** How the role is usually filled: a hire, a contract or secondment, or an existing person assigned. */
  fill: z.enum(['hire', 'contract', 'assign']),
  /** When the answers show this role present and dedicated: the report then never recommends staffing it. */
  present: ConditionSchema,
  /**
   * The title findings use for whoever leads this role's work, as an action's owner (e.g. "Head of data
   * science"), and who owns such an action when the answers show nobody in the role (e.g. "Program lead"),
   * so a report never hands a step to someone the team does not have.
   */
  lead: z
    .strictObject({
      title: z.string().min(1),
      standIn: z.string().min(1),
      /**
       * When the answers show someone in that title, apart from the program lead: a team of a few data
       * scientists has no head of data science but the program lead. Without it, whenever the role is present.
       */
      present: ConditionSchema.optional(),
    })
    .optional(),
});
export type Role = z.output<typeof RoleSchema>;
