import type { Question } from '../schemas/question';
import type { Codebook } from './codebook';

/** A codebook for the questions as they are now, in their order: the starting point of a new codebook file. */
export function freezeCodebook(questions: readonly Question[], version: number): Codebook {
  return {
    version,
    questions: questions.map((q) => {
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.id);
      return { id: q.id, kind: q.kind, options: q.options.map((o) => o.id), ...(exclusive.length > 0 ? { exclusive } : {}) };
    }),
  };
}

/**
 * How the current questions differ from a codebook, one sentence each; empty when links made with
 * the codebook mean exactly what they meant. Any difference (a new, removed or retyped question or
 * option, a changed "exclusive") calls for a new codebook version and a migration.
 */
export function codebookDrift(codebook: Codebook, questions: readonly Question[]): string[] {
  const drift: string[] = [];
  const v = `codebook v${codebook.version}`;
  const frozen = new Map(codebook.questions.map((q) => [q.id, q]));
  for (const question of questions) {
    const entry = frozen.get(question.id);
    if (!entry) {
      drift.push(`question "${question.id}" is not in ${v}`);
      continue;
    }
    if (entry.kind !== question.kind) drift.push(`question "${question.id}" is ${question.kind}-choice but ${entry.kind}-choice in ${v}`);
    for (const option of question.options) {
      if (!entry.options.includes(option.id)) drift.push(`option "${option.id}" of question "${question.id}" is not in ${v}`);
      else if (Boolean(option.exclusive) !== Boolean(entry.exclusive?.includes(option.id))) {
        drift.push(`option "${option.id}" of question "${question.id}" is ${option.exclusive ? '' : 'not '}exclusive, unlike in ${v}`);
      }
    }
    for (const id of entry.options) {
      if (!question.options.some((o) => o.id === id)) drift.push(`option "${id}" of question "${question.id}" is in ${v} but no longer in the questions`);
    }
  }
  for (const id of frozen.keys()) {
    if (!questions.some((q) => q.id === id)) drift.push(`question "${id}" is in ${v} but no longer in the questions`);
  }
  return drift;
}
