/** Graph facts about the interview's questions, used by validation: reachability, loops, the end. */
import type { Question } from '../schemas/question';
import { branchesOf, END } from './branches';

/** The questions each question can lead to (branch targets other than `end`). */
export function successors(question: Question): string[] {
  return [...new Set(branchesOf(question).map((b) => b.goto).filter((id) => id !== END))];
}

/** Every question reachable from `start` by following branch targets. */
export function reachableFrom(start: string, byId: ReadonlyMap<string, Question>): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const next of successors(byId.get(stack.pop()!)!)) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * The first loop that a depth-first search from each of `starts` in turn finds in a directed graph given
 * by `next`, as the ids along it (the first id again at the end), or undefined. The interview's branches
 * and the findings' `explains` links are both searched with it.
 */
export function firstCycle(starts: Iterable<string>, next: (id: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    trail.push(id);
    for (const to of next(id)) {
      if (state.get(to) === 'open') return [...trail.slice(trail.indexOf(to)), to];
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    trail.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const start of starts) {
    const found = state.has(start) ? undefined : visit(start);
    if (found) return found;
  }
  return undefined;
}

/** The first loop among the questions reachable from the start, as the ids along it, or undefined. */
export function findCycle(start: string, byId: ReadonlyMap<string, Question>): string[] | undefined {
  return firstCycle([start], (id) => successors(byId.get(id)!));
}

/** The questions from which no chain of branches reaches `end`. */
export function cannotReachEnd(byId: ReadonlyMap<string, Question>): string[] {
  const reaches = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of byId.values()) {
      if (reaches.has(question.id)) continue;
      if (branchesOf(question).some((b) => b.goto === END || reaches.has(b.goto))) {
        reaches.add(question.id);
        changed = true;
      }
    }
  }
  return [...byId.keys()].filter((id) => !reaches.has(id));
}

/** For each question, every question that can be asked before it on some path. */
export function ancestorsOf(byId: ReadonlyMap<string, Question>): Map<string, Set<string>> {
  const ancestors = new Map<string, Set<string>>();
  for (const id of byId.keys()) ancestors.set(id, new Set());
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of byId.values()) {
      for (const next of successors(question)) {
        const set = ancestors.get(next)!;
        const before = set.size;
        set.add(question.id);
        for (const a of ancestors.get(question.id)!) set.add(a);
        if (set.size !== before) changed = true;
      }
    }
  }
  return ancestors;
}
