/**
 * Which links the embedded check opens outside its frame: every link to another page (the method,
 * the standalone report), so following one never replaces the check inside the host's page.
 */

/** True when `linkHref` leads to another document than `pageHref`; a link within the page (`#main`) stays. */
export function leavesThisPage(linkHref: string, pageHref: string): boolean {
  try {
    const link = new URL(linkHref, pageHref);
    const page = new URL(pageHref);
    link.hash = '';
    page.hash = '';
    return link.href !== page.href;
  } catch {
    return false;
  }
}
