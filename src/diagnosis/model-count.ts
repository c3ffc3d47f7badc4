import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';

/**
 * Texts that name the models in production as the answers have them: a finding's title, steps and question
 * may hold `{one form|several form}` (`{the model|each model}`), read in its second form
 * when the answers say several models are live (an option marked `severalModels`) and in its first
 * otherwise: one model live, or a program that speaks of the model it is building or launching. A "why it
 * matters" is rendered once at build time, for every count alike, so it names no count.
 */

const CHOICE = /\{([^{}|]*)\|([^{}|]*)\}/g;

/** Whether a text holds a `{one|several}` choice. */
export function hasModelChoice(text: string): boolean {
  return new RegExp(CHOICE.source).test(text);
}

/** The text with each choice read for one model (`one`: one live, or the one being built) or for several live (`several`). */
export function forModelCount(text: string, count: 'one' | 'several'): string {
  return text.replace(CHOICE, (_, one: string, several: string) => (count === 'one' ? one : several));
}

/** `several` when an answer on the path says the program runs several models in production, else `one`. */
export function modelCountOf(questions: readonly Question[], answers: AnswerMap): 'one' | 'several' {
  return questions.some((q) => q.options.some((o) => o.severalModels && answers[q.id]?.includes(o.id))) ? 'several' : 'one';
}
