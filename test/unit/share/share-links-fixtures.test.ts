import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AnswerMap } from '../../../src/schemas/answers';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { decodePayload, encodeAnswers } from '../../../src/share/link-codec';
import { migrateAnswers } from '../../../src/share/migrations';
import { followAnswers } from '../../../src/questionnaire/follow';
import { loadQuestionsFromDisk } from '../../fixtures/content';

interface LinkFixtures {
  version: number;
  links: { name: string; payload: string; answers: AnswerMap }[];
}

const folder = join(import.meta.dirname, '../../fixtures');
const fixtureFiles = readdirSync(folder).filter((name) => /^links-v\d+\.json$/.test(name));
const codebooks = loadCodebooksFromDisk();
const latest = latestCodebook(codebooks)!;
const questions = loadQuestionsFromDisk();

test('every published codebook has its file of links held forever', () => {
  expect(fixtureFiles.sort()).toEqual(codebooks.map((c) => `links-v${c.version}.json`).sort());
});

describe.each(fixtureFiles)('%s', (file) => {
  const fixtures = JSON.parse(readFileSync(join(folder, file), 'utf8')) as LinkFixtures;
  const codebook = codebooks.find((c) => c.version === fixtures.version)!;

  test('holds at least eight links', () => {
    expect(fixtures.links.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(fixtures.links)('$name', ({ payload, answers }) => {
    test('decodes, with its own codebook, to exactly these answers', () => {
      expect(decodePayload(payload, [codebook], {})).toEqual({ ok: true, version: fixtures.version, answers, warnings: [] });
    });

    test('is what these answers encode to with its codebook', () => {
      expect(encodeAnswers(answers, codebook)).toBe(payload);
    });

    test('still opens today, its answers carried over to the latest version', () => {
      const result = decodePayload(payload, codebooks);
      expect(result).toMatchObject({ ok: true, version: fixtures.version });
      expect(result.ok && result.answers).toEqual(migrateAnswers(answers, fixtures.version, latest.version));
    });

    // From v3 on, every fixture link is a finished check (v1's include no answers at all, and paths that v2's
    // new branching asks more of).
    test.runIf(fixtures.version >= 3)('a finished check still opens a finished report: a question added since then does not stop it', () => {
      const result = decodePayload(payload, codebooks);
      expect(result.ok && followAnswers(questions, result.answers).complete).toBe(true);
    });
  });
});
