/**
 * Keeping what can be kept of answers from outside (a saved interview, an imported file): an answer
 * with one option this version does not have loses that option, not the whole answer, and one answer
 * that cannot be used is left out on its own, never taking the others with it. Each thing left out
 * is named in a sentence, so the page can say what went.
 */
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { answerFits } from '../questionnaire/answer-fits';

/** The usable answers, and a sentence for each answer (or option) that was left out. */
export interface SalvagedAnswers {
  answers: AnswerMap;
  dropped: string[];
}

/** A text from outside, quoted short enough for a sentence. */
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

/** A question's prompt (ours, so never cut), quoted. */
const prompt = (question: Question) => `“${question.prompt}”`;

/**
 * The usable part of `input`: answers to unknown questions go; an answer's unknown or repeated
 * options go and the rest stay when they still make an answer; an answer that then does not fit
 * (no option left, two options to a single-choice question, "none" beside others) goes. Pure.
 */
export function salvageAnswers(questions: readonly Question[], input: AnswerMap): SalvagedAnswers {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: AnswerMap = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(input)) {
    const question = byId.get(id);
    if (!question) {
      dropped.push(`The answer to ${quote(id)}, a question this version of the check does not ask.`);
      continue;
    }
    const known = [...new Set(value)].filter((option) => question.options.some((o) => o.id === option));
    const unknown = value.filter((option) => !question.options.some((o) => o.id === option));
    if (known.length > 0 && answerFits(question, known)) {
      answers[id] = known;
      if (unknown.length > 0) {
        const options = unknown.map(quote).join(', ');
        dropped.push(`From the answer to ${prompt(question)}: ${unknown.length === 1 ? 'the option' : 'the options'} ${options}, which this version of the check does not have.`);
      }
      continue;
    }
    dropped.push(
      known.length === 0
        ? `The answer to ${prompt(question)}: none of its options is one this version of the check has.`
        : `The answer to ${prompt(question)}: its options cannot be chosen together.`,
    );
  }
  return { answers, dropped };
}
