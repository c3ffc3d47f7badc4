import type { AnswerMap } from '../schemas/answers';
import type { Ownership, Question } from '../schemas/question';

/** Who holds one of the four accountabilities, as answered. */
export interface AccountabilityEntry {
  /** The accountability's id, e.g. `model-performance`. */
  id: string;
  /** Its name for display, e.g. "Model performance". */
  name: string;
  /** The kind of owner chosen; `unasked` when the question was not on the path. */
  ownership: Ownership | 'unasked';
  /** The chosen option's label, e.g. "Several teams jointly". */
  answer: string | undefined;
  /** Whether this is a gap to close: joint, nobody, unknown or unasked. */
  gap: boolean;
}

/** "model-performance" → "Model performance". */
function nameOf(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The accountability map: each accountability question in content order, with who holds it. */
export function mapAccountability(questions: readonly Question[], answers: AnswerMap): AccountabilityEntry[] {
  return questions
    .filter((q) => q.accountability)
    .map((q) => {
      const option = q.options.find((o) => answers[q.id]?.includes(o.id));
      const ownership = option?.ownership ?? (option ? 'unknown' : 'unasked');
      return {
        id: q.accountability!,
        name: nameOf(q.accountability!),
        ownership,
        answer: option?.label,
        gap: ownership !== 'named' && ownership !== 'team',
      };
    });
}
