/**
 * Build-time access to the content collections for pages, and the only one: each loader validates the
 * collection as a whole (its schema in content.config.ts, then what spans files) and fails the build
 * with a message that names the file and the field.
 */
import { getCollection } from 'astro:content';
import type { Codebook } from './share/codebook';
import { codebookErrors } from './share/codebook-check';
import { MIGRATIONS } from './share/migrations';
import { formatContentErrors, type ContentError } from './schemas/content-error';
import type { DisagreementTexts } from './schemas/disagreement-text';
import type { ProgramContextText } from './schemas/program-context-text';
import { validateInterview } from './interview/validate';
import type { Question } from './schemas/question';
import type { Sample } from './schemas/sample';
import type { DiagnosisLibrary } from './diagnosis/library';
import { validateLibrary } from './diagnosis/validate-library';
import { plainTextBody, shipBodies } from './diagnosis/finding-bodies';
import { serializeReportData } from './components/report/report-data';

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

/** The diagnosis library (questions, findings, dimensions, roles), validated as a whole. */
export async function loadLibrary(): Promise<DiagnosisLibrary> {
  const questions = await loadQuestions();
  const [findings, dimensions, roles] = await Promise.all([
    getCollection('findings'),
    getCollection('dimensions'),
    getCollection('roles'),
  ]);
  const result = validateLibrary({
    questions,
    findings: findings.map((e) => ({ file: sourceFile(e, 'findings'), data: e.data })),
    dimensions: dimensions.map((e) => ({ file: sourceFile(e, 'dimensions'), data: e.data })),
    roles: roles.map((e) => ({ file: sourceFile(e, 'roles'), data: e.data })),
  });
  if (!result.ok) throw new Error(`The diagnosis content is invalid:\n${formatContentErrors(result.errors)}`);
  return result.value;
}

/**
 * Each finding's "why it matters", as HTML rendered from its Markdown at build time (never from user data),
 * by finding id; a variant's own text (plain paragraphs) under `id:variant`.
 */
export async function loadFindingBodies(): Promise<Record<string, { html: string; markdown: string }>> {
  const entries = await getCollection('findings');
  return Object.fromEntries(
    entries.flatMap((e) => [
      [e.data.id, { html: e.rendered?.html ?? '', markdown: (e.body ?? '').trim() }] as const,
      ...(e.data.variants ?? []).flatMap((v) => (v.why ? [[`${e.data.id}:${v.id}`, plainTextBody(v.why)] as const] : [])),
    ]),
  );
}

/**
 * Every published codebook (content/codebooks/vN.yaml), oldest first: the share-link decoder's data.
 * Checked against the questions, so the build stops when the latest no longer freezes them.
 */
export async function loadCodebooks(): Promise<Codebook[]> {
  const entries = await getCollection('codebooks');
  const files = entries.map((e) => ({ file: sourceFile(e, 'codebooks'), codebook: e.data }));
  const errors = codebookErrors(files, await loadQuestions(), MIGRATIONS);
  if (errors.length > 0) throw new Error(`The codebooks do not fit the questions:\n${formatContentErrors(errors)}`);
  return files.map((f) => f.codebook).sort((a, b) => a.version - b.version);
}

/** The one entry of a single-file collection, or a content error naming the file that is missing. */
function single<T>(entries: readonly { data: T }[], file: string): T {
  if (!entries[0]) throw new Error(`The compare texts are invalid:\n${formatContentErrors([{ file, field: '(file)', message: 'is missing' }])}`);
  return entries[0].data;
}

/** What the compare view says: about each kind of disagreement, and first of all about a different program. */
export async function loadCompareTexts(): Promise<{ texts: DisagreementTexts; context: ProgramContextText }> {
  const texts = single(await getCollection('disagreementTexts'), 'content/compare/disagreements.yaml');
  const context = single(await getCollection('programContextText'), 'content/compare/program-context.yaml');
  const questions = await loadQuestions();
  const errors: ContentError[] = Object.keys(context.questions)
    .filter((id) => !questions.some((q) => q.id === id))
    .map((id) => ({ file: 'content/compare/program-context.yaml', field: `questions.${id}`, message: `names "${id}", which is not a question` }));
  if (errors.length > 0) throw new Error(`The compare texts are invalid:\n${formatContentErrors(errors)}`);
  return { texts, context };
}

/** The example teams shown on /sample/, in their showcase order. */
export async function loadShowcaseSamples(): Promise<Sample[]> {
  const entries = await getCollection('samples');
  return entries
    .map((e) => e.data)
    .filter((s) => s.showcase !== undefined)
    .sort((a, b) => a.showcase! - b.showcase!);
}

/**
 * What a page that shows a report hands its island, as the text of its JSON block (see report-data.ts):
 * the library, the findings' bodies as shipped, and the codebooks. `/report/` and `/embed/report/`.
 */
export async function loadReportPageData(): Promise<string> {
  return serializeReportData({ library: libraryForReport(await loadLibrary()), bodies: shipBodies(await loadFindingBodies()), codebooks: await loadCodebooks() });
}

/**
 * The library as a report page needs it: no question's help text (the report shows prompts only) and each
 * variant's `why` emptied (the page reads it from the bodies, rendered once at build time; that it has one
 * decides which body is read), so the page's HTML carries each text once.
 */
function libraryForReport(library: DiagnosisLibrary): DiagnosisLibrary {
  return {
    ...library,
    questions: library.questions.map(({ help: _help, ...q }) => ({ ...q, help: '' })),
    findings: library.findings.map((f) => (f.variants ? { ...f, variants: f.variants.map((v) => (v.why === undefined ? v : { ...v, why: '' })) } : f)),
  };
}
