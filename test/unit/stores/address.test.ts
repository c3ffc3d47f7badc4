import { describe, expect, test } from 'vitest';
import { replaceFragment } from '../../../src/stores/address';

describe('replaceFragment', () => {
  test('without a link, replaces the address with itself minus the fragment, keeping the host’s parameters and adding no history entry', () => {
    const calls: unknown[][] = [];
    const win = {
      location: { pathname: '/tools/embed/', search: '?theme=dark', hash: '#1abc' },
      history: { replaceState: (...args: unknown[]) => calls.push(args), pushState: () => calls.push(['push']) },
    } as unknown as Pick<Window, 'location' | 'history'>;
    replaceFragment(undefined, win);
    expect(calls).toEqual([[null, '', '/tools/embed/?theme=dark']]);
    replaceFragment('https://example.test/report/#2xyz', win);
    expect(calls[1]).toEqual([null, '', '/tools/embed/?theme=dark#2xyz']);
  });
});
