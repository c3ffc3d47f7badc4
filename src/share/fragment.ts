import { MAX_PAYLOAD_LENGTH } from './payload-envelope';

/** Enough of a percent-encoded fragment to hold any payload that is not too long, every character escaped. */
const MAX_FRAGMENT_LENGTH = 3 * (MAX_PAYLOAD_LENGTH + 1);

/**
 * The payload in a URL fragment (`location.hash`): without the leading `#`, percent-decoded when the
 * escapes are valid, trimmed, and cut to just over the payload limit, so that an over-long fragment
 * still reads as too long to the decoder without costing anything. Never throws.
 */
export function readFragment(hash: string): string {
  if (typeof hash !== 'string') return '';
  const raw = (hash.startsWith('#') ? hash.slice(1) : hash).slice(0, MAX_FRAGMENT_LENGTH);
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // A broken escape (a lone `%`) is left as it is; the decoder rejects it as malformed.
  }
  return text.trim().slice(0, MAX_PAYLOAD_LENGTH + 1);
}
