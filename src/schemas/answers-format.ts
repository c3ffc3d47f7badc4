/**
 * The answers format's constants, without zod: browser code (the report, the stores) imports them from
 * here so that zod stays out of the page's JavaScript (as `questionnaire/branches.ts` does for branching).
 * `answers.ts` re-exports them beside the schemas.
 */

/** The format tag of an answers file. */
export const ANSWERS_FORMAT = 'ai-team-check/answers';

/** The questionnaire version this build asks; bump it (and add a migration) when questions change meaning. */
export const QUESTIONNAIRE_VERSION = 2;
