/**
 * What changed between two versions of the questionnaire, as share links see it: between a codebook
 * and the next one, or between the latest codebook and the questions as they are now.
 */
import type { Question } from '../schemas/question';
import type { Codebook } from './codebook';

/** A codebook for the questions as they are now, in their order: what a new codebook file lists. */
export function freezeCodebook(questions: readonly Question[], version: number): Codebook {
  return {
    version,
    questions: questions.map((q) => {
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.id);
      return { id: q.id, kind: q.kind, options: q.options.map((o) => o.id), ...(exclusive.length > 0 ? { exclusive } : {}) };
    }),
  };
}

/** One difference, in a sentence, and whether it only adds (every older answer keeps its meaning). */
export interface CodebookChange {
  sentence: string;
  adds: boolean;
}

/**
 * How `newer` differs from `older`, one change each, whatever the order of questions and options
 * (positions are each codebook's own business). A new question or option only adds; a removed or
 * retyped question, a removed option or a changed "exclusive" may change what an older answer means.
 */
export function codebookChanges(older: Codebook, newer: Codebook, olderName: string, newerName: string): CodebookChange[] {
  const changes: CodebookChange[] = [];
  const add = (sentence: string) => changes.push({ sentence, adds: true });
  const change = (sentence: string) => changes.push({ sentence, adds: false });
  const before = new Map(older.questions.map((q) => [q.id, q]));
  for (const question of newer.questions) {
    const entry = before.get(question.id);
    if (!entry) {
      add(`question "${question.id}" is not in ${olderName}`);
      continue;
    }
    if (entry.kind !== question.kind) change(`question "${question.id}" is ${question.kind}-choice but ${entry.kind}-choice in ${olderName}`);
    for (const option of question.options) {
      const exclusive = Boolean(question.exclusive?.includes(option));
      if (!entry.options.includes(option)) add(`option "${option}" of question "${question.id}" is not in ${olderName}`);
      else if (exclusive !== Boolean(entry.exclusive?.includes(option))) {
        change(`option "${option}" of question "${question.id}" is ${exclusive ? '' : 'not '}exclusive, unlike in ${olderName}`);
      }
    }
    for (const option of entry.options) {
      if (!question.options.includes(option)) change(`option "${option}" of question "${question.id}" is in ${olderName} but no longer in ${newerName}`);
    }
  }
  for (const id of before.keys()) {
    if (!newer.questions.some((q) => q.id === id)) change(`question "${id}" is in ${olderName} but no longer in ${newerName}`);
  }
  return changes;
}

/** How the current questions differ from a codebook, change by change (see `codebookChanges`). */
export function questionChanges(codebook: Codebook, questions: readonly Question[]): CodebookChange[] {
  return codebookChanges(codebook, freezeCodebook(questions, codebook.version), `codebook v${codebook.version}`, 'the questions');
}

/**
 * How the current questions differ from a codebook, one sentence each; empty when links made with
 * the codebook mean exactly what they meant. Any difference calls for a new codebook version.
 */
export function codebookDrift(codebook: Codebook, questions: readonly Question[]): string[] {
  return questionChanges(codebook, questions).map((c) => c.sentence);
}
