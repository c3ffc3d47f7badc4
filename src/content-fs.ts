/**
 * Reads content files from disk for Node-side tools (unit tests, benchmarks). The site itself reads
 * content through Astro's content collections; pure modules never import this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentSource } from './schemas/content-error';

/** A content source with the Markdown body that follows its front matter, if any. */
export interface ContentSourceWithBody extends ContentSource {
  body: string;
}

const root = join(import.meta.dirname, '..');

function filesIn(folder: string, extension: string): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => join(root, folder, name));
}

/** Every `.yaml` file of a content folder (e.g. `content/questions`), parsed. */
export function readYamlFolder(folder: string): ContentSource[] {
  return filesIn(folder, '.yaml').map((path) => ({ file: relative(root, path), data: parse(readFileSync(path, 'utf8')) }));
}

/** Every `.md` file of a content folder, its front matter parsed and its body kept. */
export function readMarkdownFolder(folder: string): ContentSourceWithBody[] {
  return filesIn(folder, '.md').map((path) => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    return {
      file: relative(root, path),
      data: match ? parse(match[1]!) : undefined,
      body: match ? match[2]!.trim() : text,
    };
  });
}
