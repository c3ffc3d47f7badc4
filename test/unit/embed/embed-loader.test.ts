/**
 * public/embed.js, run in a bare JavaScript context with a stand-in DOM that records what it does:
 * which frames it makes, and how it answers every message of the shared table.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/embed/accept-message';
import { MAX_HEIGHT, MIN_HEIGHT } from '../../../src/embed/protocol';
import { frame, frameWindow, messageCases, otherWindow, SITE_ORIGIN } from '../../fixtures/embed-messages';

const LOADER = readFileSync('public/embed.js', 'utf8');

/** An element with attributes, children and DOM events, as much of one as the loader touches. */
class FakeElement {
  attributes = new Map<string, string>();
  children: FakeElement[] = [];
  style: Record<string, string> = {};
  events: string[] = [];
  src = '';
  contentWindow: unknown = null;
  /** Where the element's top is in the window, and each scrollIntoView asked of it. */
  top = 0;
  scrolls: unknown[] = [];
  listeners: Record<string, (() => void)[]> = {};
  constructor(public tagName: string) {}
  addEventListener(type: string, listener: () => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  fire(type: string) {
    this.listeners[type]?.forEach((listener) => listener());
  }
  getBoundingClientRect() {
    return { top: this.top };
  }
  scrollIntoView(options: unknown) {
    this.scrolls.push(options);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  appendChild(child: FakeElement) {
    this.children.push(child);
    child.contentWindow = frameWindow;
  }
  dispatchEvent(event: { type: string }) {
    this.events.push(event.type);
    return true;
  }
}

/** Runs the loader once, from `scriptSrc`, over elements with these `data-*` attributes. */
function runLoader(scriptSrc: string, hostAttributes: Record<string, string>[] = [{}], readyState = 'complete') {
  const hosts = hostAttributes.map((attributes) => {
    const host = new FakeElement('div');
    host.setAttribute('data-ai-team-check', '');
    for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
    return host;
  });
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const on = (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener);
  const document = {
    currentScript: { src: scriptSrc },
    baseURI: 'https://blog.example/posts/ai-teams/',
    readyState,
    querySelectorAll: () => hosts,
    createElement: (tag: string) => new FakeElement(tag),
    addEventListener: on,
  };
  class CustomEvent {
    constructor(public type: string) {}
  }
  runInNewContext(LOADER, { document, window: { addEventListener: on }, URL, CustomEvent });
  const send = (event: unknown) => listeners['message']?.forEach((listener) => listener(event));
  const fire = (type: string) => listeners[type]?.forEach((listener) => listener({}));
  return { hosts, frames: () => hosts.flatMap((h) => h.children), send, fire };
}

describe('the embed loader (public/embed.js)', () => {
  test('brings the frame\'s top into view when it moves to another page of the check, never on its first', () => {
    const { frames } = runLoader(`${SITE_ORIGIN}/embed.js`);
    const iframe = frames()[0]!;
    iframe.top = -800; // the reader scrolled down the host's page to the end of the interview
    iframe.fire('load'); // the interview's own page: the host's scroll is the reader's
    expect(iframe.scrolls).toEqual([]);
    iframe.fire('load'); // the frame's report
    expect(iframe.scrolls).toEqual([{ block: 'start' }]);
    iframe.top = 120; // already in view: left alone
    iframe.fire('load');
    expect(iframe.scrolls).toHaveLength(1);
  });

  test('brings the frame\'s top into view when the check moves to another question and the page is scrolled past it, and only then', () => {
    const { frames, send } = runLoader(`${SITE_ORIGIN}/embed.js`);
    const iframe = frames()[0]!;
    const step = { source: frameWindow, origin: 'null', data: { type: 'ai-team-check:step', version: 1 } };
    iframe.top = 200; // the frame's top shows: the reader's scroll is left alone
    send(step);
    expect(iframe.scrolls).toEqual([]);
    iframe.top = -177; // the host page stayed scrolled down after Continue
    send(step);
    expect(iframe.scrolls).toEqual([{ block: 'start' }]);
    send({ ...step, source: otherWindow });
    expect(iframe.scrolls).toHaveLength(1);
  });

  test('puts one lazily loaded, titled, borderless frame of /embed/ in each marked element', () => {
    const { frames } = runLoader(`${SITE_ORIGIN}/embed.js`, [{}, {}]);
    expect(frames()).toHaveLength(2);
    const [iframe] = frames();
    expect(iframe!.tagName).toBe('iframe');
    expect(iframe!.src).toBe(`${SITE_ORIGIN}/embed/`);
    expect(Object.fromEntries(iframe!.attributes)).toEqual({
      title: 'AI Team Check',
      loading: 'lazy',
      allow: 'clipboard-write',
      referrerpolicy: 'no-referrer',
    });
    expect(iframe!.style).toEqual({ display: 'block', width: '100%', height: '640px', border: '0' });
  });

  test('finds /embed/ next to itself, so the site may live under a sub-path', () => {
    const { frames } = runLoader('https://intranet.example/tools/ai-team-check/embed.js?v=3');
    expect(frames()[0]!.src).toBe('https://intranet.example/tools/ai-team-check/embed/');
  });

  test('passes data-theme, data-accent and data-report on as query parameters, encoded, and nothing else', () => {
    const { frames } = runLoader(`${SITE_ORIGIN}/embed.js`, [
      { 'data-theme': 'dark', 'data-accent': '#1f5fbf', 'data-report': 'new-tab', 'data-answers': 'stage:building' },
    ]);
    const src = new URL(frames()[0]!.src);
    expect(src.pathname).toBe('/embed/');
    expect(src.search).toBe('?theme=dark&accent=%231f5fbf&report=new-tab');
    expect(src.hash).toBe('');
  });

  test('mounts an element once, however often it runs', () => {
    const loader = runLoader(`${SITE_ORIGIN}/embed.js`, [{}], 'loading');
    loader.fire('DOMContentLoaded');
    expect(loader.frames()).toHaveLength(1);
  });

  test('re-dispatches completed on the element as a DOM event', () => {
    const { hosts, send } = runLoader(`${SITE_ORIGIN}/embed.js`);
    send({ source: frameWindow, origin: SITE_ORIGIN, data: { type: 'ai-team-check:completed', version: 1 } });
    expect(hosts[0]!.events).toEqual(['ai-team-check:completed']);
  });

  describe('decides every message as acceptMessage does', () => {
    test.each(messageCases)('%s', (_, event, expected) => {
      const { hosts, frames, send } = runLoader(`${SITE_ORIGIN}/embed.js`);
      send(event);
      const decision = acceptMessage(event, frame);
      expect(decision).toEqual(expected);
      expect(frames()[0]!.style['height']).toBe(decision?.kind === 'height' ? `${decision.height}px` : '640px');
      expect(hosts[0]!.events).toEqual(decision?.kind === 'completed' ? ['ai-team-check:completed'] : []);
    });
  });

  test('states the same protocol constants as src/embed/protocol.ts', () => {
    expect(LOADER).toContain(`const MIN_HEIGHT = ${MIN_HEIGHT};`);
    expect(LOADER).toContain(`const MAX_HEIGHT = ${MAX_HEIGHT};`);
    expect(LOADER).toContain(`const PROTOCOL_VERSION = 1;`);
  });

  test('stays small and free of syntax newer than ES2017', () => {
    expect(LOADER.length).toBeLessThan(6_000);
    const code = LOADER.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    // ES2018 and later: optional chaining, nullish coalescing, object spread, private fields; and no modules.
    expect(code).not.toMatch(/\?\.|\?\?|\bimport\b|\bexport\b|\.\.\.|#\w/);
  });
});
