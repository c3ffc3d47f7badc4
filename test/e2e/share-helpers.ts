import { encodeCompareLink } from '../../src/compare/compare-link';
import type { CompareMode } from '../../src/compare/compare-entry';
import { followAnswers } from '../../src/questionnaire/follow';
import type { AnswerMap } from '../../src/schemas/answers';
import { latestCodebook } from '../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../src/share/codebooks-fs';
import { encodeAnswers } from '../../src/share/link-codec';
import { personas } from '../fixtures/personas';
import { library } from './report-helpers';

const codebook = latestCodebook(loadCodebooksFromDisk())!;

/** A persona's answers as the interview would have kept them (only those on its path). */
export function personaAnswers(id: string): AnswerMap {
  const persona = personas.find((p) => p.id === id);
  if (!persona) throw new Error(`no persona "${id}"`);
  return followAnswers(library.questions, persona.story).answers;
}

/** The share payload of a persona's answers. */
export function personaPayload(id: string): string {
  return encodeAnswers(personaAnswers(id), codebook);
}

/** The path (relative to the site's base) of a compare link for these labelled personas. */
export function compareLinkFor(entries: readonly { label: string; persona: string }[], mode: CompareMode = 'team'): string {
  return `compare/#${encodeCompareLink(entries.map((e) => ({ label: e.label, payload: personaPayload(e.persona) })), mode)}`;
}
