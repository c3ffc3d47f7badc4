/** Whether an untrusted value (parsed JSON, a decoded link) is a plain object whose fields can be read: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
