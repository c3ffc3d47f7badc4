import { z } from 'astro/zod';

/**
 * A declarative condition over answers. Content uses it for branching (`next`) and for findings (`when`).
 * It is evaluated by `evaluateCondition` in `src/conditions/evaluate.ts`: never by `eval`.
 *
 * Leaf forms name one question:
 * - `{ question, is }`: the single-choice answer is this option.
 * - `{ question, isAnyOf }` / `{ question, isNoneOf }`: the single-choice answer is (not) one of these.
 * - `{ question, includes }` / `{ question, includesAny }`: the multiple-choice answer contains this / any of these.
 * - `{ question, excludes }`: the multiple-choice question was answered and lacks this option.
 * - `{ question, answered }`: the question was (not) answered on this path.
 * Combinators: `{ all }`, `{ any }`, `{ not }`, `{ atLeast, of }` (at least n of the conditions hold).
 * A leaf about a question that was not asked is false (except `answered: false`).
 */
export type Condition =
  | { question: string; is: string }
  | { question: string; isAnyOf: string[] }
  | { question: string; isNoneOf: string[] }
  | { question: string; includes: string }
  | { question: string; includesAny: string[] }
  | { question: string; excludes: string }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { atLeast: number; of: Condition[] };

const questionId = z.string().min(1);
const optionId = z.string().min(1);
const optionIds = z.array(optionId).min(1);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: questionId, is: optionId }),
    z.strictObject({ question: questionId, isAnyOf: optionIds }),
    z.strictObject({ question: questionId, isNoneOf: optionIds }),
    z.strictObject({ question: questionId, includes: optionId }),
    z.strictObject({ question: questionId, includesAny: optionIds }),
    z.strictObject({ question: questionId, excludes: optionId }),
    z.strictObject({ question: questionId, answered: z.boolean() }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ atLeast: z.number().int().min(1), of: z.array(ConditionSchema).min(1) }),
  ]),
);
