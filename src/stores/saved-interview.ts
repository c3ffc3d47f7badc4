/**
 * The interview as saved in this browser. Kept apart from the live interview store so that pages
 * which only need to know whether a check is in progress (the landing page's resume offer) do not
 * load the interview machine.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { parseSavedProgress, type SavedProgress } from '../interview/saved-progress';
import { parseRevision, type Revision } from '../interview/revision';
import { SAVED_INTERVIEW_KEY } from './storage-key';

/** Saved progress: answers (drafts included), the path answered so far, and an unfinished change. */
export interface SavedInterview extends SavedProgress {
  /** The questionnaire version the answers were given for; 0 when nothing has been saved yet. */
  version: number;
  /** A change to an answer begun from the review and not yet carried to the end. */
  revision?: Revision;
}

/** What is saved before any answer. */
export const NOTHING_SAVED: SavedInterview = { version: 0, answers: {}, path: [] };

/** True when the value in localStorage could not be read at all (bad JSON or the wrong shape). */
export const $savedInterviewUnreadable = atom(false);

function decodeSaved(text: string): SavedInterview {
  try {
    const raw: unknown = JSON.parse(text);
    const progress = parseSavedProgress(raw);
    if (progress) {
      const { version, revision } = raw as Record<string, unknown>;
      const parsedRevision = parseRevision(revision);
      return {
        version: typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 0,
        ...progress,
        ...(parsedRevision ? { revision: parsedRevision } : {}),
      };
    }
  } catch {
    // fall through: unreadable JSON is treated like any other corrupt value
  }
  $savedInterviewUnreadable.set(true);
  return NOTHING_SAVED;
}

/**
 * Progress of the interview in this browser, kept in localStorage so a reload resumes it. Where
 * storage is refused (a sandboxed frame) it lives in memory only. The report reads it too: count only
 * the answers of questions in `path`, the rest are drafts.
 */
export const $savedInterview = persistentAtom<SavedInterview>(SAVED_INTERVIEW_KEY, NOTHING_SAVED, {
  encode: JSON.stringify,
  decode: decodeSaved,
  listen: false,
});
