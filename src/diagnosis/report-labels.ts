/**
 * The report's own words: section headings and the names of ratings, severities, time frames and
 * kinds of ownership. The page, the Markdown export and the slide all read them from here, so the
 * three always say the same thing.
 */
import type { Ownership } from '../schemas/question';
import type { Action, Severity } from '../schemas/finding';
import type { RatingLevel } from './ratings';

/** The report's sections, in the order they appear. */
export const SECTIONS = {
  principal: 'The principal constraint',
  ratings: 'Dimension ratings',
  findings: 'Findings',
  accountability: 'Accountability map',
  staffing: 'Staffing sequence',
  plan: '30/60/90-day plan',
  meeting: 'Questions for your leadership meeting',
  strengths: 'Strengths',
  method: 'How this report was made',
} as const;

/** The site's name, as the title of every report. */
export const REPORT_TITLE = 'AI Team Check report';

/** The article the check's model comes from, credited by title in every report. */
export const ARTICLE_TITLE = 'How to Structure an AI Team That Can Actually Deliver';

/** The method note: what the report is based on and how it decides, in two sentences. */
export const METHOD_NOTE =
  `The check rates eight structural dimensions drawn from the article “${ARTICLE_TITLE}”. ` +
  'Each rating is set by the weakest finding in its dimension, and the principal constraint is the most severe problem, ' +
  'with accountability and product ownership ranked ahead of headcount when two are equally severe.';

/** A dimension rating's name, e.g. "At risk". */
export const RATING_LABELS: Readonly<Record<RatingLevel, string>> = {
  healthy: 'Healthy',
  watch: 'Watch',
  'at-risk': 'At risk',
  critical: 'Critical',
  'not-assessed': 'Not assessed',
};

/** A severity's name as a group heading, e.g. "Critical". */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  strength: 'Strength',
};

/** An action's time frame, e.g. "Within 30 days". */
export const TIMEFRAME_LABELS: Readonly<Record<Action['within'], string>> = {
  'this-week': 'This week',
  '30-days': 'Within 30 days',
  '60-days': 'Within 60 days',
  '90-days': 'Within 90 days',
};

/** The plan's three periods, in order. */
export const PLAN_PERIODS = [
  { key: 'first30', label: 'First 30 days' },
  { key: 'days60', label: 'Days 31–60' },
  { key: 'days90', label: 'Days 61–90' },
] as const;

/** What an accountability map entry means, e.g. "Gap: owned jointly, so by nobody". */
export const OWNERSHIP_STATUS: Readonly<Record<Ownership | 'unasked', string>> = {
  named: 'Clear: one named person',
  team: 'Clear: one team',
  joint: 'Gap: held jointly, so by nobody',
  nobody: 'Gap: nobody holds it',
  unknown: 'Gap: nobody knows who holds it',
  unasked: 'Not answered',
};

/** The staffing section's verdict when the constraint is clarity. */
export const HOLD_HEADLINE = "Don't hire yet: fix clarity first";

/** Why hiring is on hold, in one sentence. */
export const HOLD_REASON =
  'You said the real constraint is clarity, not capacity: more people would bring more interpretations of an unclear goal. Settle requirements, decision rights and ownership before adding anyone.';

/** The staffing section when there is no one to add. */
export const NO_STAFFING = 'No role needs staffing now: the roles your findings call for are already in place.';

/** How a role is filled, as a short phrase, e.g. "hire". */
export const FILL_LABELS = { hire: 'Hire', contract: 'Contract or second', assign: 'Assign someone you have' } as const;

/** The evidence line's lead-in. */
export const EVIDENCE_LEAD = 'Because you answered';

/** One line of plain text for an action: "Do this. (Owner, this week)". */
export function actionLine(action: Action): string {
  return `${action.do} (${action.owner}, ${TIMEFRAME_LABELS[action.within].toLowerCase()})`;
}
