import { useEffect, useRef, useState } from 'preact/hooks';
import { useOnDemand } from '../use-on-demand';

interface Props {
  shareUrl: string;
}

/**
 * True once the element comes near the screen or the page is about to print: the QR code at the end
 * of the report is the costliest thing on it to draw, and nobody sees it before either.
 */
function useNeededSoon(element: { current: Element | null }): boolean {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (needed) return;
    const need = () => setNeeded(true);
    const print = window.matchMedia('print');
    const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && need(), { rootMargin: '50% 0px' }) : undefined;
    if (observer && element.current) observer.observe(element.current);
    else need();
    window.addEventListener('beforeprint', need);
    print.addEventListener('change', need);
    return () => {
      observer?.disconnect();
      window.removeEventListener('beforeprint', need);
      print.removeEventListener('change', need);
    };
  }, [needed]);
  return needed;
}

/**
 * The report's share link at its end, with a QR code, so a printed copy leads back to the live report:
 * one line on screen that opens to the code (the Share menu opens it too), always open on paper.
 */
export function ShareLinkNote({ shareUrl }: Props) {
  const section = useRef<HTMLElement>(null);
  const drawn = useNeededSoon(section);
  // The code that draws it comes then too, with its library.
  const QrCode = useOnDemand(drawn, () => import('./QrCode').then((m) => m.QrCode));
  return (
    <details id="share-note" class="report-section share-note-details">
      <summary>The link to this report, and its QR code</summary>
      <section ref={section} class="share-note" aria-label="Link to this report">
        <svg class="share-qr" width="96" height="96" aria-hidden="true">
          {QrCode && <QrCode text={shareUrl} x={0} y={0} size={96} />}
        </svg>
        <p>
          Open this report online: <a href={shareUrl}>{shareUrl}</a>
        </p>
      </section>
    </details>
  );
}
