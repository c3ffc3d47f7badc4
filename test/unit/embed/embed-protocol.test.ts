import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/embed/accept-message';
import { completedMessage, heightMessage, stepMessage } from '../../../src/embed/protocol';

const frame = { window: {}, origin: 'https://check.example' };

describe('the messages the embedded check posts', () => {
  test('a height message carries the type, the version and the height rounded up, nothing else', () => {
    expect(heightMessage(640.1)).toEqual({ type: 'ai-team-check:height', version: 1, height: 641 });
    expect(Object.keys(heightMessage(640))).toEqual(['type', 'version', 'height']);
  });

  test('the completed message has no room for answers: only the type and the version', () => {
    expect(completedMessage()).toEqual({ type: 'ai-team-check:completed', version: 1 });
    expect(Object.keys(completedMessage())).toEqual(['type', 'version']);
  });

  test('the step message says only that the frame moved on: the type and the version', () => {
    expect(stepMessage()).toEqual({ type: 'ai-team-check:step', version: 1 });
  });

  test('the loader accepts what the check posts', () => {
    const from = (data: unknown) => ({ source: frame.window, origin: frame.origin, data: structuredClone(data) });
    expect(acceptMessage(from(heightMessage(900)), frame)).toEqual({ kind: 'height', height: 900 });
    expect(acceptMessage(from(completedMessage()), frame)).toEqual({ kind: 'completed' });
    expect(acceptMessage(from(stepMessage()), frame)).toEqual({ kind: 'step' });
  });
});
