/**
 * Migrations carry answers from one questionnaire version to the next, so that a link made with an
 * older version still opens a report today. When the questions change meaning, freeze a new codebook
 * (content/codebooks/vN.yaml) and append here the function that turns version N-1 answers into
 * version N answers: rename ids, map old options to new ones, drop answers that no longer apply.
 */
import type { AnswerMap } from '../schemas/answers';

/** Turns the answers of one questionnaire version into those of the next; must not throw. */
export type Migration = (answers: AnswerMap) => AnswerMap;

/**
 * `MIGRATIONS[i]` turns version i+1 answers into version i+2 answers.
 * - v1 → v2: v2 only adds options and moves two questions' branching, so every v1 answer keeps its meaning;
 *   answers the new branching skips (retraining before anything is live) are ignored when followed.
 */
export const MIGRATIONS: readonly Migration[] = [(answers) => answers];

/**
 * Runs the migrations from `fromVersion` up to `toVersion`; `undefined` if one is missing or fails,
 * which a unit test rules out for the codebooks in content/codebooks.
 */
export function migrateAnswers(
  answers: AnswerMap,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): AnswerMap | undefined {
  let migrated = answers;
  for (let version = fromVersion; version < toVersion; version++) {
    const migration = migrations[version - 1];
    if (!migration) return undefined;
    try {
      migrated = migration(migrated);
    } catch {
      return undefined;
    }
  }
  return migrated;
}
