import { conditionErrors } from '../conditions/check';
import { zodContentErrors, type ContentError, type ContentSource, type Validated } from '../schemas/content-error';
import { QuestionSchema, type Question } from '../schemas/question';
import { branchesOf, END, FINISHED } from '../questionnaire/branches';
import { RESERVED_STEPS } from './machine-states';
import { ancestorsOf, cannotReachEnd, findCycle, reachableFrom } from '../questionnaire/graph';

/** Ids the engine uses itself: `end` as a branch target, `finished` as the review, and the machine's own state groups (revising, carrying, restoring). */
const RESERVED_IDS = new Set<string>([END, FINISHED, ...RESERVED_STEPS]);

/**
 * Validates the interview content as a whole: each file against the schema, then the graph
 * (ids, start, branch targets, conditions, reachability, cycles, the end). Errors name file and field.
 */
export function validateInterview(sources: readonly ContentSource[]): Validated<Question[]> {
  const errors: ContentError[] = [];
  const parsed: { file: string; question: Question }[] = [];
  for (const source of sources) {
    const result = QuestionSchema.safeParse(source.data);
    if (result.success) parsed.push({ file: source.file, question: result.data });
    else errors.push(...zodContentErrors(source.file, result.error));
  }

  const byId = new Map<string, Question>();
  const fileOf = new Map<string, string>();
  for (const { file, question } of parsed) {
    const other = fileOf.get(question.id);
    if (RESERVED_IDS.has(question.id)) {
      errors.push({ file, field: 'id', message: `"${question.id}" is reserved by the interview engine; choose another id` });
      continue;
    }
    if (other) {
      errors.push({ file, field: 'id', message: `"${question.id}" is already the id of ${other}; ids must be unique` });
      continue;
    }
    byId.set(question.id, question);
    fileOf.set(question.id, file);
    const seen = new Set<string>();
    question.options.forEach((option, i) => {
      if (seen.has(option.id)) {
        errors.push({ file, field: `options[${i}].id`, message: `"${option.id}" appears twice in this question` });
      }
      seen.add(option.id);
    });
    if (question.order && question.order !== 'unordered') {
      question.order.forEach((chain, i) => {
        for (const id of chain) {
          const option = question.options.find((o) => o.id === id);
          if (!option) errors.push({ file, field: `order[${i}]`, message: `names option "${id}", which this question does not have` });
          else if (option.unknown) errors.push({ file, field: `order[${i}]`, message: `ranks "${id}", a "don't know": it is never healthier or worse than an answer` });
        }
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const starts = parsed.filter((p) => p.question.start);
  if (starts.length !== 1) {
    const files = starts.map((s) => s.file).join(', ') || 'none';
    errors.push({
      file: starts[1]?.file ?? 'content/questions',
      field: 'start',
      message: `exactly one question must say "start: true" (found: ${files})`,
    });
  }

  for (const { file, question } of parsed) {
    const rules = branchesOf(question);
    rules.forEach((rule, i) => {
      const field = typeof question.next === 'string' ? 'next' : `next[${i}]`;
      if (rule.goto !== END && !byId.has(rule.goto)) {
        errors.push({ file, field: field === 'next' ? field : `${field}.goto`, message: `goes to "${rule.goto}", which is not a question (or "${END}")` });
      }
      if (rule.when) errors.push(...conditionErrors(rule.when, byId, { file, field: `${field}.when` }));
    });
    if (question.wordsOnly && typeof question.next !== 'string') {
      errors.push({ file, field: 'next', message: 'a question with "wordsOnly" goes on to one question, whatever the answer' });
    }
    const last = rules.at(-1);
    if (last?.when) {
      errors.push({
        file,
        field: `next[${rules.length - 1}]`,
        message: 'the last rule must have no "when", so that every answer leads somewhere',
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const start = starts[0]!.question.id;
  const reachable = reachableFrom(start, byId);
  for (const { file, question } of parsed) {
    if (!reachable.has(question.id)) {
      errors.push({ file, field: 'id', message: `"${question.id}" is unreachable: no path from "${start}" leads to it` });
    }
  }
  const cycle = findCycle(start, byId);
  if (cycle) {
    errors.push({
      file: fileOf.get(cycle[0]!)!,
      field: 'next',
      message: `the questions loop: ${cycle.join(' → ')}; an interview must always move forward`,
    });
  }
  for (const id of cannotReachEnd(byId)) {
    errors.push({ file: fileOf.get(id)!, field: 'next', message: `no path from "${id}" reaches "${END}"` });
  }
  if (errors.length > 0) return { ok: false, errors };

  // A branch condition may only look back: at questions that can come before it.
  const ancestors = ancestorsOf(byId);
  for (const { file, question } of parsed) {
    branchesOf(question).forEach((rule, i) => {
      if (!rule.when) return;
      const field = typeof question.next === 'string' ? 'next' : `next[${i}]`;
      const before = new Set([...(ancestors.get(question.id) ?? []), question.id]);
      errors.push(
        ...conditionErrors(rule.when, byId, { file, field: `${field}.when` }, before, ', which is never asked before this point'),
      );
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  return { ok: true, value: [start, ...[...byId.keys()].filter((id) => id !== start)].map((id) => byId.get(id)!) };
}
