/**
 * The frame's address, bound to the DOM. Answers come into the embedded check in the fragment (back from
 * its report page); once the interview holds them, the address lets them go.
 */

/**
 * Takes the fragment out of the address without a new history entry: a reload then resumes from storage
 * (or, without storage, starts over, as the frame says), and the answers do not stay in the address.
 */
export function dropFragmentFromAddress(win: Pick<Window, 'location' | 'history'> = window): void {
  win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
}
