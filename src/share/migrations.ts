/**
 * Migrations carry answers from one questionnaire version to the next, so that a link or a file made
 * with an older version still opens a report today. A version that only adds questions or options
 * needs none: every old answer keeps its meaning, so it is carried over as it is (identity). A version
 * that removes or retypes a question or an option (a renamed id, a split or merged option) needs one,
 * and the build refuses the codebooks until it is here (`codebookErrors` in codebook-check.ts): the
 * function that turns version N-1 answers into version N answers, under the key N.
 */
import type { AnswerMap } from '../schemas/answers';

/** Turns the answers of one questionnaire version into those of the next; must not throw. */
export type Migration = (answers: AnswerMap) => AnswerMap;

/** Migrations by the version they migrate into: `MIGRATIONS[3]` turns v2 answers into v3 answers. */
export type Migrations = Readonly<Partial<Record<number, Migration>>>;

/**
 * The questionnaire's migrations; a version not listed carries answers over unchanged.
 * - v2 only adds options and moves two questions' branching, so it has none: answers the new
 *   branching skips (retraining before anything is live) are ignored when followed.
 */
export const MIGRATIONS: Migrations = {};

/**
 * Runs the migrations from `fromVersion` up to `toVersion`, each version without one unchanged;
 * `undefined` if a migration throws, so that a bug never passes for answers.
 */
export function migrateAnswers(
  answers: AnswerMap,
  fromVersion: number,
  toVersion: number,
  migrations: Migrations = MIGRATIONS,
): AnswerMap | undefined {
  let migrated = answers;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const migration = migrations[version];
    if (!migration) continue;
    try {
      migrated = migration(migrated);
    } catch {
      return undefined;
    }
  }
  return migrated;
}
