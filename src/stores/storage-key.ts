/** The prefix every key this site stores in localStorage starts with. */
export const STORAGE_PREFIX = 'ai-team-check:';

/** The key of the interview in progress (read before first paint too, by the layout's script). */
export const SAVED_INTERVIEW_KEY = `${STORAGE_PREFIX}interview`;
