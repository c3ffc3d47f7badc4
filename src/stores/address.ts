/**
 * The address bar, kept in step with what a page shows: the fragment replaced in place (no new history
 * entry, no `hashchange`), so a reload shows what is on screen. Does nothing outside a browser.
 */

/** Replaces the address's fragment with a link's (the part after `#`); without one, removes it. */
export function replaceFragment(link?: string): void {
  if (typeof window === 'undefined') return;
  const { pathname, search } = window.location;
  const fragment = link?.split('#')[1];
  window.history.replaceState(null, '', `${pathname}${search}${fragment ? `#${fragment}` : ''}`);
}

