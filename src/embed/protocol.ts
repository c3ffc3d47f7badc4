/**
 * The resize protocol between the embedded check (`/embed/`) and the page that frames it.
 *
 * The framed page observes its own height and posts to `window.parent`, with target origin `'*'`
 * because it cannot know the host and the messages carry nothing private:
 *
 * - `{ type: 'ai-team-check:height', version: 1, height }`: the content's height in CSS pixels,
 *   posted once when the page starts and again whenever it changes;
 * - `{ type: 'ai-team-check:completed', version: 1 }`: the interview reached its end. It carries no
 *   answers, no score and no finding: the host learns that the check was finished, nothing more.
 * - `{ type: 'ai-team-check:step', version: 1 }`: the frame moved to another question (or to the
 *   review), not when it first opens, so the loader can bring the frame's top into view when the host
 *   page is scrolled past it. It says nothing of which question or answer.
 *
 * The framed page listens to no message at all, so a host (or anything else) cannot steer it.
 * The loader (`public/embed.js`) accepts a message only from its own iframe's window, from the
 * site's origin or `"null"` (a sandboxed frame), with a finite height between MIN_HEIGHT and
 * MAX_HEIGHT; see `accept-message.ts`. A new version number is a new protocol: the loader ignores
 * versions it does not know rather than guessing.
 */

/** The protocol version every message carries. */
export const PROTOCOL_VERSION = 1;

/** The prefix of every message type, so hosts can tell our messages from others'. */
export const MESSAGE_PREFIX = 'ai-team-check:';

/** The type of the message that carries the content's height. */
export const HEIGHT_MESSAGE = `${MESSAGE_PREFIX}height` as const;

/** The type of the message that says the interview reached its end. */
export const COMPLETED_MESSAGE = `${MESSAGE_PREFIX}completed` as const;

/** The type of the message that says the frame moved to another question. */
export const STEP_MESSAGE = `${MESSAGE_PREFIX}step` as const;

/** The smallest height the loader accepts, in CSS pixels: no real page of the check is shorter. */
export const MIN_HEIGHT = 100;

/**
 * The largest height the loader accepts. The longest report is about 30 000 px tall on a 320 px screen;
 * room for larger text and longer content, while a forged height of millions is still refused.
 */
export const MAX_HEIGHT = 100_000;

/** A message the framed page posts. */
export type FrameMessage =
  | { type: typeof HEIGHT_MESSAGE; version: typeof PROTOCOL_VERSION; height: number }
  | { type: typeof COMPLETED_MESSAGE; version: typeof PROTOCOL_VERSION }
  | { type: typeof STEP_MESSAGE; version: typeof PROTOCOL_VERSION };

/** The height message for content `height` pixels high (rounded up, so the frame never cuts a pixel off). */
export function heightMessage(height: number): FrameMessage {
  return { type: HEIGHT_MESSAGE, version: PROTOCOL_VERSION, height: Math.ceil(height) };
}

/** The message that says the interview reached its end; by design it has no room for answers. */
export function completedMessage(): FrameMessage {
  return { type: COMPLETED_MESSAGE, version: PROTOCOL_VERSION };
}

/** The message that says the frame moved to another question; like `completed`, it has no room for anything else. */
export function stepMessage(): FrameMessage {
  return { type: STEP_MESSAGE, version: PROTOCOL_VERSION };
}
