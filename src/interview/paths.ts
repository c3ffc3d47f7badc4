import { createActor } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { AnswerMap } from '../schemas/answers';
import { branchesOf, FINISHED } from '../questionnaire/branches';
import type { Question } from '../schemas/question';
import { answerFits } from '../questionnaire/answer-fits';
import { conditionReferences } from '../conditions/references';
import { answersOnPath } from '../questionnaire/answers-on-path';
import { createInterviewMachine, type InterviewSnapshot } from './machine';

/** One way through the interview: the questions asked, in order, and the answers given. */
export interface InterviewPath {
  questions: string[];
  answers: AnswerMap;
}

/** For each question that branching looks at, the option sets its conditions name. */
export function branchReferences(questions: readonly Question[]): Map<string, string[][]> {
  const references = new Map<string, string[][]>();
  for (const question of questions) {
    for (const rule of branchesOf(question)) {
      if (!rule.when) continue;
      for (const ref of conditionReferences(rule.when)) {
        const list = references.get(ref.question) ?? [];
        list.push(ref.options);
        references.set(ref.question, list);
      }
    }
  }
  return references;
}

/**
 * One answer for each way a question's answer can steer the branching: a single-choice question gets
 * one option per class of options that conditions cannot tell apart; a multiple-choice question gets
 * every combination of the options conditions name. A question branching ignores gets one answer.
 */
export function representativeAnswers(question: Question, references: readonly string[][] = []): string[][] {
  const ids = question.options.map((o) => o.id);
  if (question.kind === 'single') {
    const seen = new Set<string>();
    const answers: string[][] = [];
    for (const id of ids) {
      const signature = references.map((set) => (set.includes(id) ? '1' : '0')).join('');
      if (!seen.has(signature)) {
        seen.add(signature);
        answers.push([id]);
      }
    }
    return answers;
  }
  const named = [...new Set(references.flat())].filter((id) => ids.includes(id));
  const filler = question.options.find((o) => !named.includes(o.id) && !o.exclusive)?.id;
  const answers: string[][] = [];
  for (let mask = 0; mask < 1 << named.length; mask++) {
    const chosen = named.filter((_, i) => mask & (1 << i));
    const answer = chosen.length > 0 ? chosen : filler ? [filler] : [];
    if (answerFits(question, answer)) answers.push(answer);
  }
  return answers;
}

/**
 * Every distinct way through the interview that branching allows. XState's graph tools build the
 * adjacency map (a state is the current question plus the answers branching depends on, so it is
 * finite); one depth-first walk over it then collects each path that reaches `finished`. (Walking it
 * once is why this does not call `getSimplePaths`, which walks the whole graph again for every state.)
 */
export function enumerateInterviewPaths(questions: readonly Question[]): InterviewPath[] {
  const machine = createInterviewMachine(questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const references = branchReferences(questions);
  const choices = new Map(questions.map((q) => [q.id, representativeAnswers(q, references.get(q.id))]));
  const serializeState = (snapshot: InterviewSnapshot) => {
    const relevant = Object.entries(answersOnPath(snapshot.context)).filter(([id]) => references.has(id));
    return `${String(snapshot.value)}|${JSON.stringify(relevant)}`;
  };
  const adjacency = getAdjacencyMap(machine, {
    events: (snapshot: InterviewSnapshot) =>
      byId.has(String(snapshot.value))
        ? choices.get(String(snapshot.value))!.map((value) => ({ type: 'answer.submitted' as const, value }))
        : [],
    serializeState,
  });
  const graph = adjacency as unknown as Record<string, { transitions: Record<string, { state: InterviewSnapshot }> }>;
  const paths: InterviewPath[] = [];
  const visit = (snapshot: InterviewSnapshot) => {
    if (snapshot.value === FINISHED) {
      paths.push({ questions: [...snapshot.context.path], answers: snapshot.context.answers });
      return;
    }
    for (const { state } of Object.values(graph[serializeState(snapshot)]?.transitions ?? {})) {
      if (state !== snapshot) visit(state);
    }
  };
  visit(createActor(machine).getSnapshot());
  return paths;
}

/** The most questions any path through the interview asks (at build time: it enumerates every path). */
export function longestPathLength(questions: readonly Question[]): number {
  return Math.max(...enumerateInterviewPaths(questions).map((path) => path.questions.length));
}
