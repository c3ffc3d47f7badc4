import { describe, expect, test } from 'vitest';
import { canPersist } from '../../../src/embed/storage';

/** A Storage over a Map, optionally refusing writes the way a full or disabled storage does. */
function fakeStorage({ refuseWrites = false } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('canPersist', () => {
  test('is true for a storage that keeps what is written, and leaves nothing behind', () => {
    const storage = fakeStorage();
    expect(canPersist(() => storage)).toBe(true);
    expect(storage.length).toBe(0);
  });

  test('is false in a frame sandboxed without allow-same-origin, where reading localStorage throws', () => {
    const sandboxed = () => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window'", 'SecurityError');
    };
    expect(canPersist(sandboxed)).toBe(false);
  });

  test('is false when writing throws (storage full or switched off)', () => {
    expect(canPersist(() => fakeStorage({ refuseWrites: true }))).toBe(false);
  });

  test('is false when there is no storage at all', () => {
    expect(canPersist(() => undefined)).toBe(false);
    expect(canPersist(() => null)).toBe(false);
  });
});
