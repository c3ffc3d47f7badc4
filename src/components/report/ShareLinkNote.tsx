import { QrCode } from './QrCode';

interface Props {
  shareUrl: string;
}

/** The report's share link at its end, with a QR code, so a printed copy leads back to the live report. */
export function ShareLinkNote({ shareUrl }: Props) {
  return (
    <section class="report-section share-note" aria-label="Link to this report">
      <svg class="share-qr" width="96" height="96" aria-hidden="true">
        <QrCode text={shareUrl} x={0} y={0} size={96} />
      </svg>
      <p>
        Open this report online: <a href={shareUrl}>{shareUrl}</a>
      </p>
    </section>
  );
}
