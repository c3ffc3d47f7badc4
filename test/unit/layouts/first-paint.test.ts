/**
 * The layout's script that marks <html> before first paint, run against a stand-in window: it marks
 * saved progress and a forced theme, follows the same rule for `?theme=` as the embed's parameters,
 * and never throws, whatever storage does.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { accentFor, parseHexColour } from '../../../src/embed/accent';
import { parseEmbedParams } from '../../../src/embed/params';
import { firstPaintScript, scriptHash } from '../../../src/layouts/first-paint';
import { SAVED_INTERVIEW_KEY } from '../../../src/stores/storage-key';

/** Runs `script` with `storage` as window.localStorage and `search` as the query; returns <html>'s attributes. */
function run(script: string, { storage, search = '', hash = '' }: { storage?: () => Partial<Storage>; search?: string; hash?: string } = {}) {
  const attributes: Record<string, string> = {};
  const root = {
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    style: { setProperty: (name: string, value: string) => void (attributes[`style ${name}`] = value) },
  };
  const window = {
    location: { search, hash },
    get localStorage() {
      return storage ? storage() : { getItem: () => null };
    },
  };
  new Function('window', 'document', script)(window, { documentElement: root });
  return attributes;
}

/** Storage holding `value` under the saved interview's key. */
const holding = (value: string) => () => ({ getItem: (key: string) => (key === SAVED_INTERVIEW_KEY ? value : null) });

describe('the first-paint script', () => {
  const resume = firstPaintScript({ resume: true });
  const theme = firstPaintScript({ themeFromQuery: true });

  test('is empty when a page asks for nothing', () => {
    expect(firstPaintScript({})).toBe('');
  });

  describe.each([
    ['a path answered', JSON.stringify({ version: 1, answers: { stage: ['pilots'] }, path: ['stage'] }), true],
    ['draft answers only', JSON.stringify({ version: 1, answers: { stage: ['pilots'] }, path: [] }), true],
    ['nothing answered (after Start over)', JSON.stringify({ version: 1, answers: {}, path: [] }), false],
    ['JSON that is not progress', '42', false],
    ['null', 'null', false],
    ['unreadable JSON', '{"path": [', false],
  ])('with %s saved', (_name, saved, marked) => {
    test(marked ? 'marks <html> as resuming' : 'marks nothing', () => {
      expect(run(resume, { storage: holding(saved) })).toEqual(marked ? { 'data-resuming': '' } : {});
    });
  });

  test('marks nothing, and does not throw, where storage throws (a sandboxed frame) or holds nothing', () => {
    const refused = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    expect(run(resume, { storage: refused })).toEqual({});
    expect(run(resume, { storage: () => ({ getItem: refused }) })).toEqual({});
    expect(run(resume)).toEqual({});
  });

  test.each(['?theme=dark', '?theme=light', '', '?theme=auto', '?theme=DARK', '?theme=neon', '?theme=dark%20', '?theme=%3Cscript%3E', '?theme=dark&theme=light', '?theme=light&accent=%23b3470a'])(
    'forces the theme the embed\'s parameters read from %j, and only light or dark',
    (search) => {
      const forced = parseEmbedParams(search).theme;
      expect(run(theme, { search })).toEqual(forced === 'auto' ? {} : { 'data-theme': forced });
    },
  );

  test('does both for the embedded check, and the theme even where storage throws', () => {
    const both = firstPaintScript({ resume: true, themeFromQuery: true });
    const saved = JSON.stringify({ version: 1, answers: { stage: ['pilots'] }, path: ['stage'] });
    expect(run(both, { search: '?theme=dark', storage: holding(saved) })).toEqual({ 'data-theme': 'dark', 'data-resuming': '' });
    const refused = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    expect(run(both, { search: '?theme=light', storage: refused })).toEqual({ 'data-theme': 'light' });
  });

  describe('the accent from ?accent=', () => {
    const accent = firstPaintScript({ accentFromQuery: true });
    /** What accent.ts makes of `value`: the attributes the script must set, or none. */
    const expected = (value: string) => {
      const colour = parseHexColour(value);
      if (!colour) return {};
      const light = accentFor(colour, 'light');
      const dark = accentFor(colour, 'dark');
      return {
        'style --host-accent-light': light.accent,
        'style --host-accent-text-light': light.text,
        'style --host-accent-dark': dark.accent,
        'style --host-accent-text-dark': dark.text,
        'data-accent': 'custom',
      };
    };

    test.each(['1f5fbf', '#1f5fbf', '#15B', 'fff', '#ffff00', '000000', ' #b3470a ', '#c0ffee', 'red', '#1f5fbf80', 'rgb(0,0,0)', '#fff;x:url(//e)', ''])(
      'sets what parseHexColour and accentFor give for %j, in both themes',
      (value) => {
        expect(run(accent, { search: `?accent=${encodeURIComponent(value)}` })).toEqual(expected(value));
      },
    );

    test('agrees with accent.ts on any colour and any string', () => {
      const hex = fc.stringMatching(/^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);
      fc.assert(
        fc.property(fc.oneof(hex, fc.string()), (value) => {
          expect(run(accent, { search: `?accent=${encodeURIComponent(value)}` })).toEqual(expected(value));
        }),
        { numRuns: 2000, seed: 2026 },
      );
    });

    test('sets nothing without the parameter', () => {
      expect(run(accent, { search: '?theme=dark' })).toEqual({});
    });
  });

  test('marks <html> as resuming when the address brings answers in its fragment (the frame back from its report), even without storage', () => {
    const fromFragment = firstPaintScript({ resume: true, resumeFromFragment: true });
    const refused = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    expect(run(fromFragment, { hash: '#1abcDEF', storage: refused })).toEqual({ 'data-resuming': '' });
    expect(run(fromFragment, { hash: '', storage: refused })).toEqual({});
    expect(run(fromFragment, { hash: '#' })).toEqual({});
    // Pages that do not ask for it ignore the fragment.
    expect(run(resume, { hash: '#1abcDEF' })).toEqual({});
  });

  test('is named in the CSP by the SHA-256 of its exact text, base64, as a CSP source expression wants', () => {
    // The well-known digest of the empty string; the built pages' CSP is checked in the browser (quality-privacy).
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
