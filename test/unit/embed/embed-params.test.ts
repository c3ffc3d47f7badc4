import { describe, expect, test } from 'vitest';
import { contrastRatio, parseHexColour, textOnAccent } from '../../../src/embed/accent';
import { framePageUrl } from '../../../src/embed/frame-pages';
import { DEFAULT_EMBED_PARAMS, formatEmbedParams, parseEmbedParams, type EmbedParams } from '../../../src/embed/params';

describe('parseEmbedParams', () => {
  test('gives the defaults without parameters: the reader\'s own theme, the site\'s accent, the report in the frame', () => {
    expect(parseEmbedParams('')).toEqual({ theme: 'auto', accent: undefined, report: 'inline' });
    expect(DEFAULT_EMBED_PARAMS).toEqual(parseEmbedParams('?'));
  });

  test('reads every parameter the host may set', () => {
    expect(parseEmbedParams('?theme=dark&accent=%231f5fbf&report=new-tab')).toEqual({ theme: 'dark', accent: '#1f5fbf', report: 'new-tab' });
    expect(parseEmbedParams('theme=light&accent=C0FFEE&report=inline')).toEqual({ theme: 'light', accent: '#c0ffee', report: 'inline' });
  });

  test.each([
    ['an unknown theme', '?theme=neon', { theme: 'auto' }],
    ['a theme in capitals', '?theme=DARK', { theme: 'auto' }],
    ['a script as the theme', '?theme=%3Cscript%3Ealert(1)%3C/script%3E', { theme: 'auto' }],
    ['a colour name as the accent', '?accent=red', { accent: undefined }],
    ['CSS smuggled into the accent', '?accent=%23fff;background:url(//evil.example)', { accent: undefined }],
    ['a CSS function as the accent', '?accent=rgb(0,0,0)', { accent: undefined }],
    ['a hex colour with alpha', '?accent=%231f5fbf80', { accent: undefined }],
    ['an empty accent', '?accent=', { accent: undefined }],
    ['an unknown report placement', '?report=popup', { report: 'inline' }],
    ['a URL as the report placement', '?report=https://evil.example/', { report: 'inline' }],
  ])('ignores %s, keeping the default', (_, search, fallback) => {
    expect(parseEmbedParams(search)).toEqual({ ...DEFAULT_EMBED_PARAMS, ...fallback });
  });

  test('ignores parameters it does not know', () => {
    expect(parseEmbedParams('?foo=bar&answers=stage:building')).toEqual(DEFAULT_EMBED_PARAMS);
  });

  test('takes the first of repeated parameters', () => {
    expect(parseEmbedParams('?theme=dark&theme=light').theme).toBe('dark');
  });
});

describe('formatEmbedParams', () => {
  const every: EmbedParams[] = (['light', 'dark', 'auto'] as const).flatMap((theme) =>
    (['inline', 'new-tab'] as const).flatMap((report) => [undefined, '#b3470a'].map((accent) => ({ theme, accent, report }))),
  );

  test.each(every)('is read back by parseEmbedParams as it was: %j', (params) => {
    expect(parseEmbedParams(formatEmbedParams(params))).toEqual(params);
  });

  test('writes nothing for the defaults, and only what differs from them otherwise', () => {
    expect(formatEmbedParams(DEFAULT_EMBED_PARAMS)).toBe('');
    expect(formatEmbedParams({ ...DEFAULT_EMBED_PARAMS, theme: 'dark' })).toBe('?theme=dark');
    expect(formatEmbedParams({ theme: 'light', accent: '#b3470a', report: 'new-tab' })).toBe('?theme=light&accent=%23b3470a&report=new-tab');
  });

  test('passes on only what was validated: a hostile address comes out as the defaults', () => {
    const hostile = '?theme=%3Cscript%3E&accent=red;x:url(//evil.example)&report=javascript:alert(1)&answers=stage:building';
    expect(formatEmbedParams(parseEmbedParams(hostile))).toBe('');
  });
});

describe('framePageUrl', () => {
  test('gives the frame\'s interview and report pages under the site\'s base, with the host\'s parameters', () => {
    const params: EmbedParams = { theme: 'dark', accent: undefined, report: 'inline' };
    expect(framePageUrl('/', 'interview', DEFAULT_EMBED_PARAMS)).toBe('/embed/');
    expect(framePageUrl('/', 'report', params)).toBe('/embed/report/?theme=dark');
    expect(framePageUrl('/tools/ai-team-check/', 'interview', params)).toBe('/tools/ai-team-check/embed/?theme=dark');
  });
});

describe('parseHexColour', () => {
  test.each([
    ['#1f5fbf', '#1f5fbf'],
    ['1f5fbf', '#1f5fbf'],
    ['#1F5FBF', '#1f5fbf'],
    ['#15b', '#1155bb'],
    ['15b', '#1155bb'],
    [' #1f5fbf ', '#1f5fbf'],
  ])('reads %j as %s', (value, colour) => {
    expect(parseHexColour(value)).toBe(colour);
  });

  test.each(['', '#', '#12', '#1234', '#12345', '#1234567', 'ggg', '#1f5fbf;', 'blue', null, undefined])('rejects %j', (value) => {
    expect(parseHexColour(value)).toBeUndefined();
  });
});

describe('textOnAccent', () => {
  test.each([
    ['#1f5fbf', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#ffff00', '#0b1220'],
    ['#7eb0ff', '#0b1220'],
  ])('on %s is %s', (accent, text) => {
    expect(textOnAccent(accent)).toBe(text);
  });

  test('always reaches at least the contrast of large text (3:1), whatever the accent', () => {
    for (let v = 0; v <= 0xffffff; v += 0x0f0f0f) {
      const accent = `#${v.toString(16).padStart(6, '0')}`;
      expect(contrastRatio(accent, textOnAccent(accent))).toBeGreaterThanOrEqual(3);
    }
  });
});
