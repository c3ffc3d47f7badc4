import { useLayoutEffect, useRef } from 'preact/hooks';

/** What the interview's keys do on the step on screen; a missing handler leaves its key alone. */
export interface Shortcuts {
  /** A digit 1–9 was pressed. */
  digit?: ((n: number) => void) | undefined;
  /** Enter was pressed anywhere but on a button or a link (which Enter activates by itself). */
  enter?: (() => void) | undefined;
  /** B was pressed: the documented key for Back. */
  back?: (() => void) | undefined;
}

/** Whether a key press belongs to something else: a chord, an open dialog, or a control that types text. */
function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  if (document.querySelector('dialog[open]')) return true;
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest('textarea, select, [contenteditable="true"], input:not([type="radio"], [type="checkbox"])') != null;
}

/**
 * Binds the interview's keyboard shortcuts (digits choose, Enter continues, B goes back) while mounted.
 * Bound as the step is put in the page, before it is painted: a key pressed as soon as a new question
 * shows must reach that question, not fall between the old step's listener and the new one's.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (belongsElsewhere(event)) return;
      const { digit, enter, back } = latest.current;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === 'Enter') {
        if (!enter || target?.closest('button, a[href], summary')) return;
        event.preventDefault(); // also stops the form's own implicit submission, so it submits once
        enter();
      } else if (/^[1-9]$/.test(event.key) && digit) {
        event.preventDefault();
        digit(Number(event.key));
      } else if ((event.key === 'b' || event.key === 'B') && back) {
        event.preventDefault();
        back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Moves focus to a new step's heading, with the page scrolled to the top first so the progress above
 * the heading stays in view (focus alone would scroll just far enough to show the heading).
 */
export function moveFocusTo(heading: HTMLElement | null): void {
  if (!heading) return;
  window.scrollTo({ top: 0 });
  heading.focus({ preventScroll: true });
}
