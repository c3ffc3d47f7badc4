/**
 * The questions where compared respondents answered differently, in the order the interview asks
 * them, with each respondent's answer as they read it.
 */
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { interviewOrder } from './interview-order';

/** One question the respondents answered differently. */
export interface AnswerDifference {
  question: string;
  prompt: string;
  /** Each respondent's chosen option labels, in the question's order; `undefined` where the question was not asked. */
  answers: (string[] | undefined)[];
}

/** The questions at least two respondents answered, and answered differently. */
export function answerDifferences(questions: readonly Question[], respondents: readonly AnswerMap[]): AnswerDifference[] {
  return interviewOrder(questions).flatMap((question) => {
    const answers = respondents.map((a) =>
      Object.hasOwn(a, question.id) ? question.options.filter((o) => a[question.id]!.includes(o.id)).map((o) => o.label) : undefined,
    );
    const given = answers.filter((a) => a !== undefined).map((a) => a.join('\n'));
    if (given.length < 2 || new Set(given).size < 2) return [];
    return [{ question: question.id, prompt: question.prompt, answers }];
  });
}

/** Respondents who gave the same answer (`undefined`: not asked). */
export interface AnswerGroup {
  answer: string[] | undefined;
  respondents: number[];
}

/** A difference's answers grouped by answer, in the order first given; "not asked" last. */
export function groupByAnswer(answers: readonly (string[] | undefined)[]): AnswerGroup[] {
  const groups = new Map<string, AnswerGroup>();
  answers.forEach((answer, i) => {
    const key = answer === undefined ? '\u0000unasked' : answer.join('\n');
    const group = groups.get(key) ?? { answer, respondents: [] };
    group.respondents.push(i);
    groups.set(key, group);
  });
  return [...groups.values()].sort((a, b) => Number(a.answer === undefined) - Number(b.answer === undefined));
}
