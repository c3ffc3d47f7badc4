import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/embed/accept-message';
import { frame, messageCases } from '../../fixtures/embed-messages';

describe('acceptMessage', () => {
  test.each(messageCases)('%s', (_, event, expected) => {
    expect(acceptMessage(event, frame)).toEqual(expected);
  });

  test('never reads a height the payload does not own, even when Object.prototype is polluted', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted['height'] = 500;
    try {
      const event = { source: frame.window, origin: frame.origin, data: { type: 'ai-team-check:height', version: 1 } };
      expect(acceptMessage(event, frame)).toBeUndefined();
    } finally {
      delete polluted['height'];
    }
  });
});
