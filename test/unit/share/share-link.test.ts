import { describe, expect, test } from 'vitest';
import type { Codebook } from '../../../src/share/codebook';
import { encodeAnswers } from '../../../src/share/link-codec';
import { shareLinkFor } from '../../../src/share/share-link';
import { smallAnswers, smallLibrary } from '../../fixtures/small-library';

const { questions } = smallLibrary();
const codebooks: Codebook[] = [{ version: 1, questions: questions.map((q) => ({ id: q.id, kind: q.kind, options: q.options.map((o) => o.id) })) }];

describe('shareLinkFor', () => {
  test("puts the payload after the report page's address, replacing any fragment", () => {
    const link = encodeAnswers(smallAnswers.troubled, codebooks[0]!);
    expect(shareLinkFor(smallAnswers.troubled, codebooks, 'https://x.test/report/#old')).toBe(`https://x.test/report/#${link}`);
  });

  test('is undefined while there is no codebook', () => {
    expect(shareLinkFor(smallAnswers.troubled, [], 'https://x.test/report/')).toBeUndefined();
  });
});
