/**
 * Reading saved progress from untrusted JSON, without the machine: the landing page's resume offer
 * and the report read the saved interview too, and must not load XState to do it.
 */
import type { AnswerMap } from '../schemas/answers';
import { isId } from '../schemas/id';
import { isRecord } from '../schemas/is-record';

/** Saved progress: every answer given (drafts too) and the questions answered on the way, in order. */
export interface SavedProgress {
  answers: AnswerMap;
  path: string[];
}

const MAX_SAVED_QUESTIONS = 500;

/**
 * Reads saved progress from untrusted JSON (localStorage, a hand-edited value): the well-formed
 * answers and path survive, anything else is left out; `undefined` when nothing usable is there.
 * Written by hand rather than with zod to keep the interview's JavaScript small.
 */
export function parseSavedProgress(value: unknown): SavedProgress | undefined {
  if (!isRecord(value)) return undefined;
  const { answers, path } = value;
  if (!isRecord(answers) || !Array.isArray(path)) return undefined;
  const kept: AnswerMap = {};
  for (const [id, chosen] of Object.entries(answers).slice(0, MAX_SAVED_QUESTIONS)) {
    // Question ids are kebab-case; anything else (such as `__proto__`) is not an answer.
    if (isId(id) && Array.isArray(chosen) && chosen.length <= 100 && chosen.every((o) => typeof o === 'string')) kept[id] = chosen;
  }
  const ids = path.slice(0, MAX_SAVED_QUESTIONS).filter((id): id is string => typeof id === 'string');
  return { answers: kept, path: ids };
}
