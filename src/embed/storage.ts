/**
 * Whether this page can keep the interview between visits. In a frame sandboxed without
 * `allow-same-origin` merely reading `window.localStorage` throws; elsewhere storage may be switched
 * off or full. @nanostores/persistent then keeps progress in memory without saying so, so the
 * embedded check asks here and tells the reader.
 */

/** True when the storage `open` returns takes a write and gives it back; false when anything throws. */
export function canPersist(open: () => Storage | null | undefined): boolean {
  const probe = 'ai-team-check:probe';
  try {
    const storage = open();
    if (!storage) return false;
    storage.setItem(probe, probe);
    const kept = storage.getItem(probe) === probe;
    storage.removeItem(probe);
    return kept;
  } catch {
    return false;
  }
}
