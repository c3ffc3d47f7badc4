import { useEffect, useState } from 'preact/hooks';

/**
 * A module fetched the first time `wanted` is true, and `null` until it has arrived: what the first screen
 * does not show (a dialog, the review, the Present view) stays out of the page's load. The browser keeps
 * a module once fetched, so asking again on another island costs nothing.
 */
export function useOnDemand<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !loaded) void load().then((m) => setLoaded(() => m));
  }, [wanted]);
  return loaded;
}
