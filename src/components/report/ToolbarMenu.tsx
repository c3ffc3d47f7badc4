import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button's label, e.g. "Share". */
  label: string;
  /** Unique on the page, for the panel's id. */
  id: string;
  children: ComponentChildren;
  /** Called as the reader comes to the button (pointer, focus) or opens it: time to fetch what the panel loads on demand. */
  onApproach?: (() => void) | undefined;
}

/**
 * A toolbar button that shows a small panel of related actions (the disclosure pattern: a button with
 * `aria-expanded` and the panel after it in the tab order). Escape or a click elsewhere closes it, and
 * Escape returns focus to the button.
 */
export function ToolbarMenu({ label, id, children, onApproach }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', key);
    };
  }, [open]);
  return (
    <div
      class="toolbar-menu"
      ref={root}
      onFocusOut={(event) => {
        // Tabbing out of the menu closes it, so two menus are never open over the toolbar at once.
        const next = (event as FocusEvent).relatedTarget as Node | null;
        if (next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="button secondary menu-button"
        aria-expanded={open}
        aria-controls={id}
        onPointerEnter={onApproach}
        onFocus={onApproach}
        onClick={() => {
          onApproach?.();
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div id={id} class="menu-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
