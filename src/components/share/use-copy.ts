import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a copy stands: not tried, on the clipboard, or refused (the text is then shown selected, to copy by hand). */
export type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies text to the clipboard. When the browser refuses (no clipboard API on an insecure page, a frame
 * without `clipboard-write`, a denied permission), the state becomes `manual`, and the read-only field the
 * caller renders with `fieldRef` and `text` is focused and selected, ready for Ctrl+C, on every refusal.
 */
export function useCopy<Field extends HTMLInputElement | HTMLTextAreaElement>() {
  const [attempt, setAttempt] = useState<{ state: CopyState; text: string; refusals: number }>({ state: 'idle', text: '', refusals: 0 });
  const fieldRef = useRef<Field>(null);
  useEffect(() => {
    if (attempt.state !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [attempt.refusals]);

  const copy = async (text: string): Promise<CopyState> => {
    try {
      await navigator.clipboard.writeText(text);
      setAttempt((a) => ({ ...a, state: 'copied', text }));
      return 'copied';
    } catch {
      setAttempt((a) => ({ state: 'manual', text, refusals: a.refusals + 1 }));
      return 'manual';
    }
  };
  const reset = () => setAttempt((a) => ({ ...a, state: 'idle' }));
  return { state: attempt.state, text: attempt.text, copy, reset, fieldRef };
}

/** `useCopy` bound to one link, back to `idle` whenever the link changes. */
export function useCopyLink(url: string) {
  const { state, copy, reset, fieldRef } = useCopy<HTMLInputElement>();
  useEffect(reset, [url]);
  return { state, copy: () => copy(url), fieldRef };
}
