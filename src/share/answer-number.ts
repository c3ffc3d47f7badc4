/**
 * Answers as one integer: a mixed-radix number with one digit per codebook question, the first
 * question least significant. A single-choice digit is 0 (not asked) or 1 + the option's position;
 * a multiple-choice digit is a bitmask of positions, 0 meaning not asked.
 */
import { fitsChoice } from '../questionnaire/answer-fits';
import type { AnswerMap } from '../schemas/answers';
import type { Codebook, CodebookQuestion } from './codebook';

/** How many values one question's digit can take. */
export function radixOf(question: CodebookQuestion): bigint {
  return question.kind === 'single' ? BigInt(question.options.length + 1) : 1n << BigInt(question.options.length);
}

/** The digit of a valid answer (0 when the question was not asked). */
function digitOf(question: CodebookQuestion, value: readonly string[] | undefined): bigint {
  if (!value) return 0n;
  if (question.kind === 'single') return BigInt(question.options.indexOf(value[0]!) + 1);
  return value.reduce((mask, id) => mask | (1n << BigInt(question.options.indexOf(id))), 0n);
}

/** The answer a digit stands for (`undefined` for 0, not asked). */
function answerOf(question: CodebookQuestion, digit: bigint): string[] | undefined {
  if (digit === 0n) return undefined;
  if (question.kind === 'single') return [question.options[Number(digit) - 1]!];
  return question.options.filter((_, i) => (digit >> BigInt(i)) & 1n);
}

/** The number for a set of answers; every answer must fit its codebook question (see `fitsChoice`). */
export function answersToNumber(answers: AnswerMap, codebook: Codebook): bigint {
  let value = 0n;
  let weight = 1n;
  for (const question of codebook.questions) {
    const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    value += digitOf(question, chosen) * weight;
    weight *= radixOf(question);
  }
  return value;
}

/**
 * The answers a number stands for, or `undefined` when it is out of range or spells an answer the
 * codebook forbids (two options of a single-choice question cannot occur; an exclusive option
 * combined with others can). Options of a multiple-choice answer come in codebook order.
 */
export function numberToAnswers(value: bigint, codebook: Codebook): AnswerMap | undefined {
  const answers: AnswerMap = {};
  let rest = value;
  for (const question of codebook.questions) {
    const radix = radixOf(question);
    const answer = answerOf(question, rest % radix);
    rest /= radix;
    if (answer === undefined) continue;
    if (!fitsChoice(question, answer)) return undefined;
    answers[question.id] = answer;
  }
  return rest === 0n ? answers : undefined;
}
