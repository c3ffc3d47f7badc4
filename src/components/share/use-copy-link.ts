import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a copy stands: not tried, on the clipboard, or refused (the link is then shown selected, to copy by hand). */
export type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies a link to the clipboard; when the browser refuses (no clipboard API on an insecure page, a
 * frame without `clipboard-write`, a denied permission), the state becomes `manual` and the field
 * the caller renders with `fieldRef` is focused and selected, ready for Ctrl+C.
 */
export function useCopyLink(url: string) {
  const [state, setState] = useState<CopyState>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [state]);
  useEffect(() => setState('idle'), [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return { state, copy, fieldRef };
}
