import type { Ref } from 'preact';
import { firstActions } from '../../diagnosis/first-actions';
import { RATING_LABELS, SECTIONS, whenLabel } from '../../diagnosis/report-labels';
import type { RatingLevel } from '../../diagnosis/ratings';
import type { Severity } from '../../schemas/finding';
import type { Report } from '../../diagnosis/report';
import { fitTexts, wrapText } from '../../diagnosis/wrap-text';
import { QrCode } from './QrCode';

interface Props {
  report: Report;
  shareUrl?: string | undefined;
  /** A what-if scenario: the slide's first line says so. */
  scenario?: boolean | undefined;
  svgRef?: Ref<SVGSVGElement>;
}

/** The slide's size: 16:9. */
export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;

/**
 * The actions' type: 30 px, or 26 px when three long actions would otherwise be cut (still large on a
 * projector; a cut action read out in a meeting is worse). Each with its line height and characters a line.
 */
const ACTION_TYPE = [
  { size: 30, line: 38, width: 34 },
  { size: 26, line: 33, width: 40 },
] as const;
/** The room under each action for its owner and the gap to the next. */
const ACTION_GAP = 56;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = '#111418';
const MUTED = '#4a505a';
/** The accent bar's colour by the principal constraint's severity. */
const SEVERITY_COLOUR: Record<Severity, string> = { critical: '#a3221b', major: '#9a4d00', minor: '#5c6470', strength: '#1d6b3a' };
/** Fixed colours, for projectors and for the downloaded file: the slide does not follow the page theme. */
const LEVEL_COLOUR: Record<RatingLevel, string> = {
  critical: '#a3221b',
  'at-risk': '#9a4d00',
  watch: '#5c6470',
  healthy: '#1d6b3a',
  'not-assessed': '#9aa0a8',
};

/** Lines of text, one `tspan` each, starting at baseline y. */
function Lines({ lines, x, y, size, lineHeight = 0, weight = 400, fill = INK }: { lines: string[]; x: number; y: number; size: number; lineHeight?: number; weight?: number; fill?: string }) {
  return (
    <text x={x} y={y} font-size={size} font-weight={weight} fill={fill} font-family={FONT}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The Present view's slide, as one SVG drawn in fixed coordinates (1600 × 900): the principal
 * constraint, the dimension ratings and the first three actions, in type large enough for the back
 * of a room, with the share link as a QR code (or a marked slot when there is no link). The same SVG
 * is what "Download slide" saves.
 */
export function PresentSlide({ report, shareUrl, scenario, svgRef }: Props) {
  const headline = wrapText(report.principal.finding.title, 30, 3);
  const actions = firstActions(report, 3);
  // Everything below the headline moves up when it is short; the actions share the lines left above the bottom edge.
  const rule = 158 + (headline.length - 1) * 70 + 40;
  let actionY = rule + 92;
  // Below the last action only its owner line is needed (about 34 px), not a whole gap.
  const room = SLIDE_HEIGHT - 24 - actionY - Math.max(0, actions.length - 1) * ACTION_GAP - 34;
  const texts = actions.map((step) => step.action.do);
  const fits = (type: (typeof ACTION_TYPE)[number]) => texts.reduce((n, t) => n + wrapText(t, type.width).length, 0) <= Math.floor(room / type.line);
  const type = ACTION_TYPE.find(fits) ?? ACTION_TYPE[1];
  const actionText = fitTexts(texts, type.width, Math.floor(room / type.line));
  return (
    <svg {...(svgRef ? { ref: svgRef } : {})} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`} class="slide" role="img" aria-label={`${SECTIONS.principal}: ${report.principal.finding.title}`}>
      <defs>
        <pattern id="slide-hatch" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="10" stroke="#ffffff" stroke-width="3" stroke-opacity="0.55" />
        </pattern>
      </defs>
      <rect width={SLIDE_WIDTH} height={SLIDE_HEIGHT} fill="#ffffff" />
      <rect width="16" height={SLIDE_HEIGHT} fill={SEVERITY_COLOUR[report.principal.finding.severity]} />
      <Lines lines={[`${scenario ? 'WHAT-IF SCENARIO' : 'AI TEAM CHECK'} · ${SECTIONS.principal.toUpperCase()}`]} x={72} y={88} size={26} weight={700} fill={MUTED} />
      <Lines lines={headline} x={72} y={158} size={60} lineHeight={70} weight={800} />

      {shareUrl ? (
        <g>
          <QrCode text={shareUrl} x={1328} y={40} size={220} />
          <Lines lines={['Scan for the full report']} x={1336} y={282} size={20} fill={MUTED} />
        </g>
      ) : (
        <g class="qr-slot">
          <rect x={1336} y={48} width={204} height={204} fill="none" stroke={MUTED} stroke-width="3" stroke-dasharray="10 8" />
          <Lines lines={['QR code slot:', 'no share link', 'in this build']} x={1356} y={132} size={22} lineHeight={30} fill={MUTED} />
        </g>
      )}

      <line x1={72} x2={1280} y1={rule} y2={rule} stroke="#d4d8de" stroke-width="2" />
      <Lines lines={[SECTIONS.ratings]} x={72} y={rule + 52} size={30} weight={700} />
      {report.ratings.map((r, i) => {
        const y = rule + 72 + i * 58;
        const assessed = r.level !== 'not-assessed';
        const label = assessed ? `${RATING_LABELS[r.level]} ${r.score}` : RATING_LABELS[r.level];
        return (
          <g key={r.dimension.id}>
            <Lines lines={wrapText(r.dimension.name, 21, 1)} x={72} y={y + 31} size={28} />
            <rect x={392} y={y + 8} width={240} height={30} fill="#eef0f3" stroke={assessed ? '#c4c9d0' : MUTED} stroke-dasharray={assessed ? undefined : '6 5'} />
            {assessed && r.score > 0 && <rect x={392} y={y + 8} width={2.4 * r.score} height={30} fill={LEVEL_COLOUR[r.level]} />}
            {assessed && r.level !== 'healthy' && r.score > 0 && <rect x={392} y={y + 8} width={2.4 * r.score} height={30} fill="url(#slide-hatch)" />}
            <Lines lines={[label]} x={648} y={y + 32} size={26} weight={700} fill={LEVEL_COLOUR[r.level]} />
          </g>
        );
      })}

      <Lines lines={['First three actions']} x={880} y={rule + 52} size={30} weight={700} />
      {actions.map((step, i) => {
        const lines = actionText[i]!;
        const y = actionY;
        actionY += lines.length * type.line + ACTION_GAP;
        return (
          <g key={i}>
            <circle cx={898} cy={y + 20} r={20} fill={INK} />
            <text x={898} y={y + 28} font-size={24} font-weight={700} fill="#ffffff" text-anchor="middle" font-family={FONT}>
              {i + 1}
            </text>
            <Lines lines={lines} x={934} y={y + 30} size={type.size} lineHeight={type.line} weight={600} />
            <Lines lines={[`${step.action.owner} · ${whenLabel(step.action)}`]} x={934} y={y + 30 + lines.length * type.line} size={24} fill={MUTED} />
          </g>
        );
      })}
    </svg>
  );
}
