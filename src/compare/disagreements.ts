/**
 * Disagreement as a finding: where respondents contradict each other on a matter of fact about the
 * team, the comparison says so. Which answers are facts comes from content, not from question ids:
 * questions marked `accountability` (who owns each of the four), the roles' `present` conditions
 * (whether a role is filled), and questions with a `pausesHiring` option (capacity or clarity).
 */
import type { DiagnosisLibrary } from '../diagnosis/library';
import { evidenceFor } from '../conditions/evidence';
import { conditionReferences } from '../conditions/references';
import { evaluateCondition } from '../conditions/evaluate';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { interviewOrder } from './interview-order';

/** The three kinds of fact a team's leaders should agree on. */
export type FactKind = 'accountability' | 'role' | 'constraint';

/** One answer that decided a position: the question and what was chosen. */
export interface Because {
  prompt: string;
  answer: string;
}

/** One answer to a matter of fact, and who gave it (indexes into the compared respondents). */
export interface FactPosition {
  /** The answer as the respondents read it, e.g. "Several teams jointly"; for a role, `present`, `absent` or `unknown`. */
  answer: string;
  respondents: number[];
  /** For each of those respondents, the answers that decided the position (for a role; empty otherwise). */
  because: Because[][];
}

/** A matter of fact the respondents answered differently. */
export interface Disagreement {
  kind: FactKind;
  /** What it is about: the accountability ("model performance"), the role's name, or the question's prompt. */
  subject: string;
  /** Two or more positions, the most widely held first. */
  positions: FactPosition[];
  /** Respondents whose answers do not reach this matter (an unfinished check, another branch). */
  unasked: number[];
}

/** Whether a question's answer is a matter of fact the comparison checks: an owner, or the constraint. */
export function factKindOf(question: Question): FactKind | undefined {
  if (question.accountability) return 'accountability';
  if (question.options.some((o) => o.pausesHiring)) return 'constraint';
  return undefined;
}

/** The ids of every question the compare view treats as a fact (owners, the constraint, what decides a role). */
export function factQuestionIds(library: DiagnosisLibrary): Set<string> {
  const ids = library.questions.filter((q) => factKindOf(q)).map((q) => q.id);
  for (const role of library.roles) ids.push(...conditionReferences(role.present).map((r) => r.question));
  return new Set(ids);
}

/** Groups respondents by a key; the most common position first, ties in the order first given. */
function group(keys: (string | undefined)[], because: (i: number) => Because[]): { positions: FactPosition[]; unasked: number[] } {
  const positions = new Map<string, FactPosition>();
  const unasked: number[] = [];
  keys.forEach((key, i) => {
    if (key === undefined) return void unasked.push(i);
    const position = positions.get(key) ?? { answer: key, respondents: [], because: [] };
    position.respondents.push(i);
    position.because.push(because(i));
    positions.set(key, position);
  });
  const sorted = [...positions.values()].sort((a, b) => b.respondents.length - a.respondents.length);
  return { positions: sorted, unasked };
}

/** "owner-model-performance" accountability "model-performance" → "model performance". */
const accountabilityName = (id: string) => id.replace(/-/g, ' ');

/** Every matter of fact on which at least two respondents gave different answers: owners, roles, then the constraint. */
export function factDisagreements(library: DiagnosisLibrary, respondents: readonly AnswerMap[]): Disagreement[] {
  const found: Disagreement[] = [];
  const answerLabel = (question: Question, answers: AnswerMap) => {
    const chosen = question.options.filter((o) => answers[question.id]?.includes(o.id));
    return chosen.length > 0 ? chosen.map((o) => o.label).join(', ') : undefined;
  };
  for (const question of interviewOrder(library.questions)) {
    const kind = factKindOf(question);
    if (!kind) continue;
    const { positions, unasked } = group(
      respondents.map((answers) => answerLabel(question, answers)),
      () => [],
    );
    if (positions.length < 2) continue;
    const subject = kind === 'accountability' ? accountabilityName(question.accountability!) : question.prompt;
    found.push({ kind, subject, positions, unasked });
  }
  const roles = [...library.roles].sort((a, b) => a.sequence - b.sequence);
  for (const role of roles) {
    const asks = new Set(conditionReferences(role.present).map((r) => r.question));
    const { positions, unasked } = group(
      respondents.map((answers) => {
        const answered = library.questions.filter((q) => asks.has(q.id) && Object.hasOwn(answers, q.id));
        if (answered.length === 0) return undefined;
        if (evaluateCondition(role.present, answers)) return 'present';
        // "Don't know" to a question that decides the role is not the same as saying the role is missing.
        const unsure = answered.some((q) => q.options.some((o) => o.unknown && answers[q.id]!.includes(o.id)));
        return unsure ? 'unknown' : 'absent';
      }),
      (i) => evidenceFor(role.present, respondents[i]!, library.questions).map((e) => ({ prompt: e.prompt, answer: e.labels.join(', ') })),
    );
    if (positions.length < 2) continue;
    found.push({ kind: 'role', subject: role.name, positions, unasked });
  }
  // Owners first, then roles, then the constraint: the article's order of leverage.
  const order: FactKind[] = ['accountability', 'role', 'constraint'];
  return found.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** Disagreements of one kind, together: the view says why they matter once per kind. */
export interface DisagreementGroup {
  kind: FactKind;
  items: Disagreement[];
}

/** Groups disagreements by kind, keeping their order (owners, roles, the constraint). */
export function groupByKind(disagreements: readonly Disagreement[]): DisagreementGroup[] {
  const groups: DisagreementGroup[] = [];
  for (const d of disagreements) {
    const last = groups.at(-1);
    if (last?.kind === d.kind) last.items.push(d);
    else groups.push({ kind: d.kind, items: [d] });
  }
  return groups;
}
