/** The prefix every key this site stores in localStorage starts with. */
export const STORAGE_PREFIX = 'ai-team-check:';
