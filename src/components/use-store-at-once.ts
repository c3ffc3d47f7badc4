import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * A store's value in an island, re-rendered within the frame in which the store changes. `useStore` of
 * @nanostores/preact re-renders a `setTimeout` after the change, by which time Chromium has painted the
 * frame after the click with the old content still in it, and the new content shows a frame later
 * (`npm run bench`: 30 ms from Continue to the next question painted, 13 ms without the wait). Here the
 * re-render is only Preact's own, batched in a microtask: stores changed together in one task still
 * render once, and before the next frame. It replaces `useStore` on every island, which also keeps the
 * library's hook (and the key listener it brings) out of every page's JavaScript.
 *
 * Until the island has hydrated it gives what the server rendered, so that hydration matches:
 * `serverValue` when given (a store read from storage, whose initial value in the browser is not the
 * server's), else the store's initial value (a computed store has none: its value is computed now).
 */
export function useStoreAtOnce<Value>(store: ReadableAtom<Value>, serverValue?: Value): Value {
  const [hydrated, setHydrated] = useState(false);
  const [, rerender] = useState({});
  useEffect(() => {
    // Hydrated: the re-render this causes reads whatever the store holds by now.
    setHydrated(true);
    return store.listen(() => rerender({}));
  }, [store]);
  if (hydrated) return store.get();
  if (serverValue !== undefined) return serverValue;
  return store.init === undefined ? store.get() : store.init;
}
