/**
 * The loader's decision on a `message` event: which messages from a framed check it acts on. Kept
 * pure so Vitest can hold `public/embed.js` (which mirrors it in plain ES2017) to the same table.
 */
import { COMPLETED_MESSAGE, HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT, PROTOCOL_VERSION, STEP_MESSAGE } from './protocol';

/** What the loader knows about one `message` event. */
export interface IncomingMessage {
  /** `event.source`: the window that posted. */
  source: unknown;
  /** `event.origin`: the poster's origin, `"null"` for a sandboxed (opaque-origin) frame. */
  origin: string;
  /** `event.data`, as structured-cloned by the browser: anything at all. */
  data: unknown;
}

/** What the loader expects of messages for one iframe. */
export interface FrameIdentity {
  /** The iframe's `contentWindow`. */
  window: unknown;
  /** The site's origin, from the loader's own `src`. */
  origin: string;
}

/** What an accepted message asks for. */
export type AcceptedMessage = { kind: 'height'; height: number } | { kind: 'completed' } | { kind: 'step' };

/** An own property of a plain object, never one inherited (a `__proto__` payload cannot supply it). */
function own(data: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * Accepts a message only from the frame's own window, from the site's origin or `"null"` (a
 * sandboxed frame), of a known type and version; a height only when it is a finite number between
 * MIN_HEIGHT and MAX_HEIGHT, rounded up. Anything else is `undefined`: ignored, never clamped.
 */
export function acceptMessage(event: IncomingMessage, frame: FrameIdentity): AcceptedMessage | undefined {
  if (event.source == null || event.source !== frame.window) return undefined;
  if (event.origin !== frame.origin && event.origin !== 'null') return undefined;
  const { data } = event;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if (own(data, 'version') !== PROTOCOL_VERSION) return undefined;
  const type = own(data, 'type');
  if (type === COMPLETED_MESSAGE) return { kind: 'completed' };
  if (type === STEP_MESSAGE) return { kind: 'step' };
  if (type !== HEIGHT_MESSAGE) return undefined;
  const height = own(data, 'height');
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  if (height < MIN_HEIGHT || height > MAX_HEIGHT) return undefined;
  return { kind: 'height', height: Math.ceil(height) };
}
