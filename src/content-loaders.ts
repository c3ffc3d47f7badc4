/**
 * Build-time access to the content collections for pages: each loader validates the collection as a
 * whole and fails the build with a message that names the file and the field.
 */
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { parseCodebook, type Codebook } from './share/codebook';
import { formatContentErrors } from './schemas/content-error';
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

/** Every published codebook (content/codebooks/vN.yaml), validated, oldest first: the share-link decoder's data. */
export function loadCodebooks(): Codebook[] {
  const files = import.meta.glob<string>('/content/codebooks/*.yaml', { query: '?raw', import: 'default', eager: true });
  return Object.entries(files)
    .map(([file, text]) => {
      const parsed = parseCodebook(parse(text), file.replace(/^\//, ''));
      if (!parsed.ok) throw new Error(`A codebook is invalid:\n${formatContentErrors(parsed.errors)}`);
      return parsed.value;
    })
    .sort((a, b) => a.version - b.version);
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
  return serializeReportData({ library: libraryForReport(await loadLibrary()), bodies: shipBodies(await loadFindingBodies()), codebooks: loadCodebooks() });
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
