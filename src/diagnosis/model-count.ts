import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';

/**
 * Texts that name the models in production as the answers have them: a finding's title, steps, question
 * and `noResolution` may hold `{one form|several form}` (`{the model|each model}`), read in its first form
 * when the answers say one model is live (an option marked `oneModel`) and in its second otherwise. A
 * "why it matters" is rendered once at build time, for every count alike, so it names no count.
 */

const CHOICE = /\{([^{}|]*)\|([^{}|]*)\}/g;

/** Whether a text holds a `{one|several}` choice. */
export function hasModelChoice(text: string): boolean {
  return new RegExp(CHOICE.source).test(text);
}

/** The text with each choice read for one model live (`one`), or for several or none known (`several`). */
export function forModelCount(text: string, count: 'one' | 'several'): string {
  return text.replace(CHOICE, (_, one: string, several: string) => (count === 'one' ? one : several));
}

/** `one` when an answer on the path says the program runs one model in production, else `several`. */
export function modelCountOf(questions: readonly Question[], answers: AnswerMap): 'one' | 'several' {
  return questions.some((q) => q.options.some((o) => o.oneModel && answers[q.id]?.includes(o.id))) ? 'one' : 'several';
}
