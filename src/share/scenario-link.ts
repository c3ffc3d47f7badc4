/**
 * What-if scenario links: the report page's fragment with a marker and two share payloads, the scenario's
 * answers and the answers it was tried against:
 *
 *     /report/#what-if.<scenario payload>.<original payload>
 *
 * `what-if` has a `-` and payloads are base62, so a scenario fragment can never be read as a plain share
 * link, and a plain one never as a scenario. Carrying the original lets whoever opens the link see what the
 * change moved, and go back to the answers it started from. Reading treats the fragment as hostile: it caps
 * the length first and never throws; the payloads themselves are checked by the share codec.
 */
import { MAX_PAYLOAD_LENGTH } from './payload-envelope';

/** The marker that opens a scenario fragment. */
export const SCENARIO_MARKER = 'what-if';

/** The longest scenario fragment looked at: the marker, two payloads and their dots, percent-escaped at worst. */
const MAX_SCENARIO_FRAGMENT = 3 * (SCENARIO_MARKER.length + 2 * (MAX_PAYLOAD_LENGTH + 1));

/** The two payloads of a scenario fragment, not yet decoded. */
export interface ScenarioPayloads {
  scenario: string;
  original: string;
}

/** The fragment (without `#`) for a scenario and the answers it was tried against, both already encoded. */
export function scenarioFragment(payloads: ScenarioPayloads): string {
  return `${SCENARIO_MARKER}.${payloads.scenario}.${payloads.original}`;
}

/**
 * The payloads of a scenario fragment (`location.hash`, with or without `#`); `undefined` when it is not
 * one (no marker), and empty payloads when it has the marker but not two parts, so the codec refuses them
 * with its own message rather than the page falling back to other answers.
 */
export function readScenarioFragment(hash: string): ScenarioPayloads | undefined {
  if (typeof hash !== 'string') return undefined;
  let text = (hash.startsWith('#') ? hash.slice(1) : hash).slice(0, MAX_SCENARIO_FRAGMENT);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A broken escape is left as it is; the codec rejects the payload as malformed.
  }
  text = text.trim();
  if (!text.startsWith(`${SCENARIO_MARKER}.`) && text !== SCENARIO_MARKER) return undefined;
  const parts = text.slice(SCENARIO_MARKER.length + 1).split('.');
  if (parts.length !== 2) return { scenario: '', original: '' };
  return { scenario: parts[0]!, original: parts[1]! };
}
