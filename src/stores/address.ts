/**
 * The address bar, kept in step with what a page shows: the fragment replaced in place (no new history
 * entry, no `hashchange`), so a reload shows what is on screen. The report sets it to the link of what it
 * shows; the embedded check removes it once the interview holds the answers it brought. Does nothing
 * outside a browser.
 */

/** Replaces the address's fragment with a link's (the part after `#`); without one, removes it. */
export function replaceFragment(link?: string, win: Pick<Window, 'location' | 'history'> | undefined = typeof window === 'undefined' ? undefined : window): void {
  if (!win) return;
  const { pathname, search } = win.location;
  const fragment = link?.split('#')[1];
  win.history.replaceState(null, '', `${pathname}${search}${fragment ? `#${fragment}` : ''}`);
}
