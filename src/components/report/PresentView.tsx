import { useLayoutEffect, useRef } from 'preact/hooks';
import '../../styles/present.css';
import type { Report } from '../../diagnosis/report';
import { PresentPortrait } from './PresentPortrait';
import { PresentSlide, SLIDE_HEIGHT, SLIDE_WIDTH } from './PresentSlide';
import { saveFile, today } from './save-file';

interface Props {
  report: Report;
  shareUrl?: string | undefined;
  /** A what-if scenario, marked as one on the slide. */
  scenario?: boolean | undefined;
  onClose: () => void;
}

/** The slide's SVG as a standalone file. */
function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
}

/** Draws the slide's SVG onto a 1920 × 1080 canvas and saves it as PNG. */
function savePng(svg: SVGSVGElement, name: string): void {
  const url = URL.createObjectURL(svgBlob(svg));
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1920;
    canvas.height = 1080;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((png) => png && saveFile(name, png), 'image/png');
  };
  image.src = url;
}

/** Tab and Shift+Tab from the last or first control of the dialog go round to the other end, not to the report hidden behind it. */
function keepTabIn(dialog: HTMLElement | null, event: KeyboardEvent): void {
  const controls = [...(dialog?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])].filter((e) => e.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const outside = !dialog?.contains(document.activeElement);
  if (event.shiftKey && (outside || document.activeElement === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (outside || document.activeElement === last)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The Present view: one 16:9 slide filling the screen, with downloads; Escape or Close returns to the report.
 * On a screen too small for the slide to be read (a phone, either way up) the same content shows as a page
 * that scrolls instead (PresentPortrait); the slide stays in the page, hidden, for the downloads.
 */
export function PresentView({ report, shareUrl, scenario, onClose }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Before the first paint, so that Escape closes the view the moment it shows.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      if (event.key === 'Tab') keepTabIn(dialog.current, event);
    };
    document.addEventListener('keydown', onKey);
    document.documentElement.classList.add('presenting');
    return () => {
      document.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove('presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      previous?.focus();
    };
  }, []);
  const name = `ai-team-check-slide-${today()}`;
  return (
    <div class="present" role="dialog" aria-modal="true" aria-label="Present view" ref={dialog}>
      <div class="present-stage" style={{ aspectRatio: `${SLIDE_WIDTH} / ${SLIDE_HEIGHT}` }}>
        <PresentSlide report={report} shareUrl={shareUrl} scenario={scenario} svgRef={svg} />
      </div>
      <PresentPortrait report={report} scenario={scenario} />
      <div class="present-bar">
        <button type="button" class="button" onClick={() => svg.current && saveFile(`${name}.svg`, svgBlob(svg.current))}>
          Download slide (SVG)
        </button>
        <button type="button" class="button secondary" onClick={() => svg.current && savePng(svg.current, `${name}.png`)}>
          Download slide (PNG)
        </button>
        {document.fullscreenEnabled && (
          <button type="button" class="button secondary" onClick={() => void dialog.current?.requestFullscreen().catch(() => undefined)}>
            Full screen
          </button>
        )}
        <button type="button" class="button secondary" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
