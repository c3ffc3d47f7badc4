/**
 * Changing an answer from the review. The questions after the changed one keep their answers where
 * the new branching still reaches them, so the respondent is asked only what is new; whatever the
 * branching no longer reaches drops out and is reported.
 */
import { isId } from '../schemas/id';
import { isRecord } from '../schemas/is-record';

/** A change in progress: the question being changed and the questions answered when it began. */
export interface Revision {
  /** The question whose answer is being changed. */
  question: string;
  /** The questions answered when the change began, in order: the review list the respondent saw. */
  before: string[];
}

/** What a finished change did to the path: questions that no longer apply and questions newly asked. */
export interface RevisionOutcome {
  removed: string[];
  added: string[];
}

/** Begins changing the answer to `question` on a completed `path`. */
export function startRevision(path: readonly string[], question: string): Revision {
  return { question, before: [...path] };
}

/** Whether the earlier answer to `step` carries over: the respondent gave it after the changed question. */
export function carriesOver(revision: Revision, step: string): boolean {
  const changed = revision.before.indexOf(revision.question);
  return changed >= 0 && revision.before.indexOf(step) > changed;
}

/** The questions that dropped out of the path and those that joined it, once the change reaches the end. */
export function revisionOutcome(revision: Revision, after: readonly string[]): RevisionOutcome {
  return {
    removed: revision.before.filter((id) => !after.includes(id)),
    added: after.filter((id) => !revision.before.includes(id)),
  };
}

/** Reads a revision from untrusted stored JSON; `undefined` unless it is well formed. */
export function parseRevision(value: unknown): Revision | undefined {
  if (!isRecord(value)) return undefined;
  const { question, before } = value;
  if (!isId(question) || !Array.isArray(before) || before.length > 500) return undefined;
  if (!before.every(isId) || !before.includes(question)) return undefined;
  return { question, before: before as string[] };
}
