/*
 * AI Team Check: embed loader. Paste
 *
 *   <div data-ai-team-check></div>
 *   <script src="https://HOST/PATH/embed.js" async></script>
 *
 * and each element with `data-ai-team-check` gets an iframe of the check (`/embed/`, found next to
 * this script, so it works under any sub-path and on any host). Optional attributes, passed on as
 * query parameters and validated by the check itself: data-theme="light|dark|auto",
 * data-accent="#1f5fbf", data-report="inline|new-tab".
 *
 * The frame grows and shrinks with its content: the check posts
 * { type: 'ai-team-check:height', version: 1, height } and, at the end of the interview,
 * { type: 'ai-team-check:completed', version: 1 }, which this loader re-dispatches on the element
 * as the DOM event `ai-team-check:completed` (it carries no answers). A message counts only when it
 * comes from that iframe's own window, from the check's origin (or "null" for a sandboxed frame), and
 * a height only when it is a finite number from 100 to 100000; everything else is ignored.
 *
 * When the frame moves to another question ({ type: 'ai-team-check:step', version: 1 }) or to another
 * of the check's pages (the interview, its report) and its top is above the window, the loader scrolls
 * it into view; focus stays where it is.
 *
 * Plain ES2017, no dependencies. The decision mirrors src/embed/accept-message.ts;
 * test/unit/embed-loader.test.ts holds the two to the same table of cases.
 */
(function () {
  'use strict';

  const PROTOCOL_VERSION = 1;
  const HEIGHT_MESSAGE = 'ai-team-check:height';
  const COMPLETED_MESSAGE = 'ai-team-check:completed';
  const STEP_MESSAGE = 'ai-team-check:step';
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 100000;
  const START_HEIGHT = 640;
  const PASSED_ON = ['theme', 'accent', 'report'];
  const MOUNTED = 'data-ai-team-check-mounted';

  /** An own property of `data`, never an inherited one. */
  function own(data, key) {
    return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
  }

  /** Mirrors acceptMessage in src/embed/accept-message.ts. */
  function acceptMessage(event, frame) {
    if (event.source == null || event.source !== frame.window) return undefined;
    if (event.origin !== frame.origin && event.origin !== 'null') return undefined;
    const data = event.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    if (own(data, 'version') !== PROTOCOL_VERSION) return undefined;
    const type = own(data, 'type');
    if (type === COMPLETED_MESSAGE) return { kind: 'completed' };
    if (type === STEP_MESSAGE) return { kind: 'step' };
    if (type !== HEIGHT_MESSAGE) return undefined;
    const height = own(data, 'height');
    if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return undefined;
    return { kind: 'height', height: Math.ceil(height) };
  }

  const script = document.currentScript;
  if (!script || !script.src) return;
  const scriptUrl = new URL(script.src, document.baseURI);
  const siteOrigin = scriptUrl.origin;
  const embedUrl = new URL('embed/', scriptUrl);
  const frames = [];

  /** Scrolls the host page so the frame's top shows, when it is above the window; scrolling moves no focus. */
  function showTop(iframe) {
    if (iframe.getBoundingClientRect().top < 0) iframe.scrollIntoView({ block: 'start' });
  }

  function mount(host) {
    if (host.hasAttribute(MOUNTED)) return;
    host.setAttribute(MOUNTED, '');
    const src = new URL(embedUrl.href);
    PASSED_ON.forEach(function (name) {
      const value = host.getAttribute('data-' + name);
      if (value) src.searchParams.set(name, value);
    });
    const iframe = document.createElement('iframe');
    iframe.setAttribute('title', 'AI Team Check');
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.height = START_HEIGHT + 'px';
    iframe.style.border = '0';
    iframe.src = src.href;
    // The frame moves between the check's pages (the interview, its report), each opening at its top: when
    // the reader had scrolled past the frame's top, bring it back into view. The first page stays put.
    let loads = 0;
    iframe.addEventListener('load', function () {
      loads += 1;
      if (loads > 1) showTop(iframe);
    });
    host.appendChild(iframe);
    frames.push({ iframe: iframe, host: host });
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-ai-team-check]'), mount);
  }

  window.addEventListener('message', function (event) {
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      const accepted = acceptMessage(
        { source: event.source, origin: event.origin, data: event.data },
        { window: frame.iframe.contentWindow, origin: siteOrigin },
      );
      if (!accepted) continue;
      if (accepted.kind === 'height') frame.iframe.style.height = accepted.height + 'px';
      else if (accepted.kind === 'step') showTop(frame.iframe);
      else frame.host.dispatchEvent(new CustomEvent(COMPLETED_MESSAGE, { bubbles: true }));
      return;
    }
  });

  mountAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
})();
