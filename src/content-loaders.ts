/**
 * Build-time access to the content collections for pages: each loader validates the collection as a
 * whole and fails the build with a message that names the file and the field.
 */
import { getCollection } from 'astro:content';
import { formatContentErrors } from './interview/content-error';
import { validateInterview } from './interview/validate';
import type { Question } from './schemas/question';

function sourceFile(entry: { filePath?: string | undefined; id: string }, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}

/** The interview's questions, validated as a graph, start question first. */
export async function loadQuestions(): Promise<Question[]> {
  const entries = await getCollection('questions');
  const result = validateInterview(entries.map((e) => ({ file: sourceFile(e, 'questions'), data: e.data })));
  if (!result.ok) throw new Error(`The interview content is invalid:\n${formatContentErrors(result.errors)}`);
  return result.value;
}
