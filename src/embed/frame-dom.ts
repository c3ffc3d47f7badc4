/**
 * The embedded pages' side of the protocol (see `protocol.ts`), bound to the DOM: it posts the
 * content's height whenever it changes, and opens links to other pages outside the frame
 * (`frame-completion.ts` posts that the interview reached its end). The host's theme and accent are
 * set before first paint by the layout's script (src/layouts/first-paint.ts). It adds no `message`
 * listener: the page acts on nothing it receives.
 */
import { leavesThisPage } from './links';
import { heightMessage, type FrameMessage } from './protocol';

/** Posts to the framing page; nothing to do when the page is not framed. Nothing private is ever posted, hence `'*'`. */
export function post(message: FrameMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** The height the frame needs: `<html>` is as tall as its content (never the viewport), so it can shrink. */
function contentHeight(): number {
  return document.documentElement.getBoundingClientRect().height;
}

/** Posts the content's height now and after every change, skipping repeats; returns a function that stops. */
export function reportHeight(): () => void {
  let last = -1;
  const update = () => {
    const height = Math.ceil(contentHeight());
    if (height === last) return;
    last = height;
    post(heightMessage(height));
  };
  const observer = new ResizeObserver(update);
  observer.observe(document.documentElement);
  update();
  return () => observer.disconnect();
}

/** Opens links to other pages in a new tab (set just before the browser follows them), so the frame keeps the check. */
export function openLinksOutside(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || !leavesThisPage(link.href, window.location.href)) return;
      link.target = '_blank';
      link.rel = 'noopener';
    },
    { capture: true },
  );
}
