/**
 * The one definition of "a check is in progress in this browser", for the landing page's resume offer,
 * the interview's "Start over" and the script that runs before first paint. That script carries this
 * function's own text (`inProgress.toString()`), so it must stay self-contained: no imports, no helpers.
 */

/** Whether saved progress (or the interview's view of it) holds anything: a question answered on the path, or any answer at all, drafts included. */
export function inProgress(saved: unknown): boolean {
  if (typeof saved !== 'object' || saved === null) return false;
  const { path, answers } = saved as { path?: unknown; answers?: unknown };
  if (Array.isArray(path) && path.length > 0) return true;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) && Object.keys(answers).length > 0;
}
