/**
 * The embedded check's query parameters (`/embed/?theme=dark&accent=1f5fbf&report=new-tab`), read
 * into known values. An invalid or unknown parameter is dropped, never echoed into the page.
 */
import { parseHexColour } from './accent';

/** The colour scheme: the reader's own preference (`auto`) or one forced by the host page. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Where the report appears: inside the frame, or in a new tab at the standalone `/report/`. */
export type ReportPlacement = 'inline' | 'new-tab';

/** How the host asked the check to look and behave. */
export interface EmbedParams {
  theme: EmbedTheme;
  /** `#rrggbb`, or `undefined` to keep the site's own accent. */
  accent: string | undefined;
  report: ReportPlacement;
}

/** What an embed without parameters gets. */
export const DEFAULT_EMBED_PARAMS: EmbedParams = { theme: 'auto', accent: undefined, report: 'inline' };

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const PLACEMENTS: readonly ReportPlacement[] = ['inline', 'new-tab'];

/** `value` when it is one of `allowed`, else `fallback`. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** Reads the parameters from a query string (`location.search`, with or without `?`); bad values fall back to the defaults. */
export function parseEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  return {
    theme: oneOf(query.get('theme'), THEMES, DEFAULT_EMBED_PARAMS.theme),
    accent: parseHexColour(query.get('accent')),
    report: oneOf(query.get('report'), PLACEMENTS, DEFAULT_EMBED_PARAMS.report),
  };
}

/**
 * The query string that `parseEmbedParams` reads back as `params` (`?theme=dark&report=new-tab`), with
 * only the values that differ from the defaults; empty for the defaults. The frame's pages pass the
 * host's parameters on with it, rebuilt from what was validated, never copied from the address.
 */
export function formatEmbedParams(params: EmbedParams): string {
  const query = new URLSearchParams();
  if (params.theme !== DEFAULT_EMBED_PARAMS.theme) query.set('theme', params.theme);
  if (params.accent !== undefined) query.set('accent', params.accent);
  if (params.report !== DEFAULT_EMBED_PARAMS.report) query.set('report', params.report);
  const text = query.toString();
  return text ? `?${text}` : '';
}
