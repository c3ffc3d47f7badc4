import type { z } from 'astro/zod';

/** A problem in a content file, said so that a content editor can find and fix it. */
export interface ContentError {
  /** The file, relative to the project, e.g. `content/questions/stage.yaml`. */
  file: string;
  /** The field inside it, e.g. `next[1].goto`, or `(file)` for the whole file. */
  field: string;
  message: string;
}

/** A content file as read from disk or from a content collection, before validation. */
export interface ContentSource {
  file: string;
  data: unknown;
}

/** A check's verdict: the value when it holds, else every error found. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

/** One line per error: `content/questions/stage.yaml › next[1].goto: …`. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  return errors.map((e) => `${e.file} › ${e.field}: ${e.message}`).join('\n');
}

/** A zod issue path as a field name: `["options", 0, "id"]` → `options[0].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Turns a failed zod parse into content errors for one file. */
export function zodContentErrors(file: string, error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: issue.message }));
}
