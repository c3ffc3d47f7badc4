import type { AnswerMap } from '../schemas/answers';
import type { Ownership, Question } from '../schemas/question';

/** Who holds one of the accountabilities (the questions marked `accountability`), as answered. */
export interface AccountabilityEntry {
  /** The accountability's id, e.g. `model-performance`. */
  id: string;
  /** Its name for display, e.g. "Model performance". */
  name: string;
  /** The kind of owner chosen; `unasked` when the question was not on the path. */
  ownership: Ownership | 'unasked';
  /** The chosen option's label, e.g. "Several teams jointly". */
  answer: string | undefined;
  /** Whether this is a gap to close: joint, nobody, unknown or unasked, or a team a finding says is not enough here. */
  gap: boolean;
  /** A team holds it, but a finding of this report says a team is not a name at this program's size. */
  teamNotEnough?: true;
  /** A holder was answered, but a finding of this report says nobody inside the organisation holds it. */
  noInternalOwner?: true;
}

/** "model-performance" → "Model performance". */
function nameOf(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The accountability map: each accountability question in content order, with who holds it. An answer
 * of "one team" that a fired problem cites (`cited`, question ids) is a gap too, and so is any holder of an
 * accountability a fired problem says nobody inside holds (`unownedInside`, accountability ids, from its
 * `noInternalOwner`), so the map never calls clear what a finding beside it calls a problem.
 */
export function mapAccountability(
  questions: readonly Question[],
  answers: AnswerMap,
  cited: ReadonlySet<string> = new Set(),
  unownedInside: ReadonlySet<string> = new Set(),
): AccountabilityEntry[] {
  return questions
    .filter((q) => q.accountability)
    .map((q) => {
      const option = q.options.find((o) => answers[q.id]?.includes(o.id));
      const ownership = option?.ownership ?? (option ? 'unknown' : 'unasked');
      const clear = ownership === 'named' || ownership === 'team';
      const noInternalOwner = clear && unownedInside.has(q.accountability!);
      const teamNotEnough = !noInternalOwner && ownership === 'team' && cited.has(q.id);
      return {
        id: q.accountability!,
        name: nameOf(q.accountability!),
        ownership,
        answer: option?.label,
        gap: !clear || teamNotEnough || noInternalOwner,
        ...(teamNotEnough ? { teamNotEnough: true as const } : {}),
        ...(noInternalOwner ? { noInternalOwner: true as const } : {}),
      };
    });
}
