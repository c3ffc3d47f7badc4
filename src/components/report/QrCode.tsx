import { useEffect, useState } from 'preact/hooks';

type QrFactory = typeof import('qrcode-generator');
let loading: Promise<QrFactory> | undefined;

/** The QR library, fetched the first time a code is drawn: no page needs it before then (it is a fifth of the report's code). */
function loadQr(): Promise<QrFactory> {
  loading ??= import('qrcode-generator').then((m) => (m as unknown as { default: QrFactory }).default ?? m);
  return loading;
}

interface Props {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** The QR code's dark modules as one SVG path in module units, or `undefined` if the text does not fit a QR code. */
function qrPath(qrcode: QrFactory, text: string): { path: string; count: number } | undefined {
  try {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    let path = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
    return { path, count };
  } catch {
    return undefined;
  }
}

/** A QR code of the text, drawn in SVG at (x, y) with a quiet zone, black on white whatever the theme (once its library has loaded). */
export function QrCode({ text, x, y, size }: Props) {
  // Working out the code is the costliest step of drawing a report: once per text, not on every render.
  const [qr, setQr] = useState<{ text: string; value: ReturnType<typeof qrPath> } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadQr().then((qrcode) => live && setQr({ text, value: qrPath(qrcode, text) }));
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr || qr.text !== text || !qr.value) return null;
  const { value } = qr;
  const quiet = 4;
  const total = value.count + 2 * quiet;
  return (
    <svg x={x} y={y} width={size} height={size} viewBox={`${-quiet} ${-quiet} ${total} ${total}`} role="img" aria-label="QR code of the link to this report" class="qr">
      <rect x={-quiet} y={-quiet} width={total} height={total} fill="#ffffff" />
      <path d={value.path} fill="#000000" shape-rendering="crispEdges" />
    </svg>
  );
}
