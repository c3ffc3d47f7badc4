import type { ResolvedFinding } from './resolve-finding';

const MIN = 3;
const MAX = 5;

/** A finding that fired, as the meeting questions read it: whether a "don't know" answer made it fire. */
export interface AskingFinding {
  finding: ResolvedFinding;
  fromUnknown: boolean;
}

/**
 * Three to five questions for the leadership meeting, all from this report: the principal constraint's
 * question first, then those of the problems that "don't know" answers raised (they are what to find out),
 * then the other problems' in the report's order, then the strengths' (what to protect), without repeats.
 * Questions come only from findings that fired, so none asks what the answers already settled.
 */
export function meetingQuestions(problems: readonly AskingFinding[], strengths: readonly AskingFinding[], fallback?: ResolvedFinding): string[] {
  const questions: string[] = [];
  const add = (finding: ResolvedFinding | undefined) => {
    const q = finding?.ask;
    if (q && !questions.includes(q) && questions.length < MAX) questions.push(q);
  };
  const [principal, ...rest] = problems;
  add(principal?.finding ?? fallback);
  for (const f of rest) if (f.fromUnknown) add(f.finding);
  for (const f of rest) add(f.finding);
  for (const f of strengths) if (questions.length < MIN) add(f.finding);
  if (questions.length < MIN) add(fallback);
  return questions;
}
