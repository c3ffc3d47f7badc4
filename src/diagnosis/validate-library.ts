import { DimensionSchema, type Dimension } from '../schemas/dimension';
import { FindingSchema, type Finding } from '../schemas/finding';
import type { Question } from '../schemas/question';
import { RoleSchema, type Role } from '../schemas/role';
import { zodContentErrors, type ContentError, type ContentSource, type Validated } from '../schemas/content-error';
import { conditionErrors } from '../conditions/check';
import { explainedId, explainsCycle } from './causes';
import type { DiagnosisLibrary } from './library';
import { textCoverageErrors } from './validate-texts';

/** The diagnosis content as read, before validation; questions are already validated. */
export interface LibrarySources {
  questions: readonly Question[];
  findings: readonly ContentSource[];
  dimensions: readonly ContentSource[];
  roles: readonly ContentSource[];
}

function parseAll<T extends { id: string }>(
  sources: readonly ContentSource[],
  schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: never } },
  errors: ContentError[],
): { file: string; value: T }[] {
  const parsed: { file: string; value: T }[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const result = schema.safeParse(source.data);
    if (!result.success) {
      errors.push(...zodContentErrors(source.file, result.error));
      continue;
    }
    const other = seen.get(result.data.id);
    if (other) errors.push({ file: source.file, field: 'id', message: `"${result.data.id}" is already the id of ${other}` });
    seen.set(result.data.id, source.file);
    parsed.push({ file: source.file, value: result.data });
  }
  return parsed;
}

/**
 * Validates findings, dimensions and roles against each other and the questions: every id they
 * name exists, every condition fits its questions, and exactly one finding is the fallback.
 */
export function validateLibrary(sources: LibrarySources): Validated<DiagnosisLibrary> {
  const errors: ContentError[] = [];
  const questions = new Map(sources.questions.map((q) => [q.id, q]));
  const dimensions = parseAll<Dimension>(sources.dimensions, DimensionSchema as never, errors);
  const roles = parseAll<Role>(sources.roles, RoleSchema as never, errors);
  const findings = parseAll<Finding>(sources.findings, FindingSchema as never, errors);
  const dimensionIds = new Set(dimensions.map((d) => d.value.id));
  const roleIds = new Set(roles.map((r) => r.value.id));
  const findingIds = new Set(findings.map((f) => f.value.id));
  const accountabilityIds = new Set(sources.questions.flatMap((q) => (q.accountability ? [q.accountability] : [])));

  for (const { file, value } of sources.questions.flatMap((q) => (q.dimension ? [{ file: `content/questions/${q.id}.yaml`, value: q }] : []))) {
    if (!dimensionIds.has(value.dimension!)) errors.push({ file, field: 'dimension', message: `names dimension "${value.dimension}", which does not exist` });
  }
  for (const { file, value } of roles) {
    errors.push(...conditionErrors(value.present, questions, { file, field: 'present' }));
    if (value.lead?.present) errors.push(...conditionErrors(value.lead.present, questions, { file, field: 'lead.present' }));
  }
  for (const { file, value } of findings) {
    if (!dimensionIds.has(value.dimension)) errors.push({ file, field: 'dimension', message: `names dimension "${value.dimension}", which does not exist` });
    for (const staff of [value.staff, ...(value.variants ?? []).map((v) => v.staff)]) {
      if (staff && !roleIds.has(staff)) errors.push({ file, field: 'staff', message: `names role "${staff}", which does not exist` });
    }
    errors.push(...conditionErrors(value.when, questions, { file, field: 'when' }));
    (value.variants ?? []).forEach((v, i) => errors.push(...conditionErrors(v.when, questions, { file, field: `variants[${i}].when` })));
    const actions = [...value.actions, ...(value.variants ?? []).flatMap((v) => v.actions ?? [])];
    for (const action of actions) {
      if (action.staffs && !roleIds.has(action.staffs)) errors.push({ file, field: 'actions', message: `an action staffs role "${action.staffs}", which does not exist` });
    }
    for (const [field, ids] of [['explains', (value.explains ?? []).map(explainedId)], ['contradicts', (value.contradicts ?? []).flatMap((c) => (typeof c === 'string' ? [c] : c.together))]] as const) {
      for (const id of ids) if (!findingIds.has(id)) errors.push({ file, field, message: `names finding "${id}", which does not exist` });
    }
    for (const id of [...(value.noInternalOwner ?? []), ...(value.variants ?? []).flatMap((v) => v.noInternalOwner ?? [])]) {
      if (!accountabilityIds.has(id)) errors.push({ file, field: 'noInternalOwner', message: `names accountability "${id}", which no question asks about` });
    }
    (value.explains ?? []).forEach((link, i) => {
      if (typeof link !== 'string') errors.push(...conditionErrors(link.when, questions, { file, field: `explains[${i}].when` }));
    });
    errors.push(...textCoverageErrors(file, value, questions));
    for (const [questionId, options] of Object.entries(value.resolvedBy ?? {})) {
      const question = questions.get(questionId);
      if (!question) errors.push({ file, field: 'resolvedBy', message: `names question "${questionId}", which does not exist` });
      for (const option of question ? options : []) {
        if (!question!.options.some((o) => o.id === option)) errors.push({ file, field: 'resolvedBy', message: `names option "${option}", which question "${questionId}" does not have` });
      }
    }
    if (value.resolvedBy && value.noResolution) errors.push({ file, field: 'noResolution', message: 'a finding has either resolvedBy or noResolution, not both' });
  }
  const cycle = explainsCycle(findings.map((f) => f.value));
  if (cycle) errors.push({ file: `content/findings/${cycle[0]}.md`, field: 'explains', message: `the findings explain each other in a circle: ${cycle.join(' → ')}` });
  const stage = questions.get('stage');
  for (const { file, value } of dimensions) {
    for (const id of value.urgentAt ?? []) {
      if (!stage?.options.some((o) => o.id === id)) errors.push({ file, field: 'urgentAt', message: `names stage "${id}", which is not an option of the stage question` });
    }
  }
  const fallbacks = findings.filter((f) => f.value.fallback);
  if (fallbacks.length !== 1) {
    errors.push({
      file: fallbacks[1]?.file ?? 'content/findings',
      field: 'fallback',
      message: `exactly one finding must say "fallback: true" (found ${fallbacks.length}); it is the principal constraint when nothing else fires`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      questions: sources.questions,
      findings: findings.map((f) => f.value),
      dimensions: dimensions.map((d) => d.value).sort((a, b) => a.leverage - b.leverage),
      roles: roles.map((r) => r.value),
    },
  };
}
