import type { RefObject } from 'preact';

interface Props {
  url: string;
  label: string;
  fieldRef: RefObject<HTMLInputElement>;
}

/** The link in a read-only field, selected whenever it gets focus: the fallback when the clipboard is refused. */
export function ManualCopyField({ url, label, fieldRef }: Props) {
  return (
    <input
      ref={fieldRef}
      class="share-copy-field"
      type="text"
      readOnly
      value={url}
      aria-label={label}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
