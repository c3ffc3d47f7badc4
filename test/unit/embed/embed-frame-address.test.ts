import { describe, expect, test } from 'vitest';
import { dropFragmentFromAddress } from '../../../src/embed/frame-address';

describe('dropFragmentFromAddress', () => {
  test('replaces the address with itself minus the fragment, keeping the host’s parameters and adding no history entry', () => {
    const calls: unknown[][] = [];
    const win = {
      location: { pathname: '/tools/embed/', search: '?theme=dark', hash: '#1abc' },
      history: { replaceState: (...args: unknown[]) => calls.push(args), pushState: () => calls.push(['push']) },
    } as unknown as Pick<Window, 'location' | 'history'>;
    dropFragmentFromAddress(win);
    expect(calls).toEqual([[null, '', '/tools/embed/?theme=dark']]);
  });
});
