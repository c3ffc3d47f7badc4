import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * A store's value in an island that must follow it within the frame: the interview, its progress bar
 * and the embedded check. `useStore` of @nanostores/preact re-renders a `setTimeout` after the store
 * changes, by which time Chromium has painted the frame after the click with the old question still in
 * it, and the next question shows a frame later (`npm run bench`: 30 ms from Continue to the next question
 * painted, 13 ms without the wait). Here the re-render is only Preact's own, batched in a microtask: stores
 * changed together in one task still render once, and before the next frame.
 *
 * Until the island has hydrated it gives the store's initial value, as `useStore(store, { ssr: 'initial' })`
 * does, so that hydration matches the server's render. A computed store has none (its `init` is undefined):
 * its value is computed now.
 */
export function useStoreAtOnce<Value>(store: ReadableAtom<Value>): Value {
  const [hydrated, setHydrated] = useState(false);
  const [, rerender] = useState({});
  useEffect(() => {
    // Hydrated: the re-render this causes reads whatever the store holds by now.
    setHydrated(true);
    return store.listen(() => rerender({}));
  }, [store]);
  return hydrated || store.init === undefined ? store.get() : store.init;
}
