/**
 * The answers format's constants, without zod: browser code (the report, the stores) imports them from
 * here so that zod stays out of the page's JavaScript (as `questionnaire/branches.ts` does for branching).
 * `answers.ts` re-exports them beside the schemas.
 */

/** The format tag of an answers file. */
export const ANSWERS_FORMAT = 'ai-team-check/answers';

// The questionnaire version is no constant: it is the latest codebook's (`questionnaireVersion` in
// src/share/codebook.ts), so a new version is a content file, content/codebooks/vN.yaml.
