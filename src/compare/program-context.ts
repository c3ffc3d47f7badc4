/**
 * Whether the respondents describe the same program: its stage and its size (the questions listed in
 * content/compare/program-context.yaml). A disagreement there comes before every other, since each
 * other answer is read against them; over time these change rather than clash, so only side by side.
 */
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';

/** One program-describing question answered differently: who chose what. */
export interface ContextDisagreement {
  question: string;
  /** The words for it in the finding's title, from the content ("its stage"). */
  subject: string;
  prompt: string;
  /** Each answer given (its option labels), most widely held first, with the respondents who gave it. */
  positions: { answer: string; respondents: number[] }[];
  /** Respondents whose check does not reach the question. */
  unasked: number[];
}

/** The questions of `subjects` (id → words) that at least two respondents answered differently, in the content's order. */
export function programContextDisagreements(
  questions: readonly Question[],
  respondents: readonly AnswerMap[],
  subjects: Readonly<Record<string, string>>,
): ContextDisagreement[] {
  const found: ContextDisagreement[] = [];
  for (const [id, subject] of Object.entries(subjects)) {
    const question = questions.find((q) => q.id === id);
    if (!question) continue;
    const positions = new Map<string, number[]>();
    const unasked: number[] = [];
    respondents.forEach((answers, i) => {
      const chosen = question.options.filter((o) => answers[id]?.includes(o.id)).map((o) => o.label);
      if (chosen.length === 0) return void unasked.push(i);
      const key = chosen.join(', ');
      positions.set(key, [...(positions.get(key) ?? []), i]);
    });
    if (positions.size < 2) continue;
    const sorted = [...positions].map(([answer, who]) => ({ answer, respondents: who })).sort((a, b) => b.respondents.length - a.respondents.length);
    found.push({ question: id, subject, prompt: question.prompt, positions: sorted, unasked });
  }
  return found;
}
