import { DimensionSchema, type Dimension } from '../schemas/dimension';
import { FindingSchema, type Finding } from '../schemas/finding';
import type { Question } from '../schemas/question';
import { RoleSchema, type Role } from '../schemas/role';
import { zodContentErrors, type ContentError } from '../interview/content-error';
import { conditionErrors, type ContentSource, type Validated } from '../interview/validate';
import type { DiagnosisLibrary } from './library';

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

  for (const { file, value } of sources.questions.flatMap((q) => (q.dimension ? [{ file: `content/questions/${q.id}.yaml`, value: q }] : []))) {
    if (!dimensionIds.has(value.dimension!)) errors.push({ file, field: 'dimension', message: `names dimension "${value.dimension}", which does not exist` });
  }
  for (const { file, value } of roles) errors.push(...conditionErrors(value.present, questions, { file, field: 'present' }));
  for (const { file, value } of findings) {
    if (!dimensionIds.has(value.dimension)) errors.push({ file, field: 'dimension', message: `names dimension "${value.dimension}", which does not exist` });
    if (value.staff && !roleIds.has(value.staff)) errors.push({ file, field: 'staff', message: `names role "${value.staff}", which does not exist` });
    errors.push(...conditionErrors(value.when, questions, { file, field: 'when' }));
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
