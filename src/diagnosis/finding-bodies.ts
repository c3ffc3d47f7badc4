/**
 * The findings' "why it matters" texts as a page carries them: HTML rendered at build time for the page,
 * and Markdown for the exports, shipped only where it cannot be read back from the HTML exactly.
 */

/**
 * Each finding's "why it matters", by finding id: build-time HTML for the page, raw Markdown for exports.
 * The Markdown may be left out where `markdownFromHtml` reads it back from the HTML exactly (see `shipBodies`).
 */
export type FindingBodies = Readonly<Record<string, { html: string; markdown?: string }>>;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The Markdown of a body whose HTML is only paragraphs of plain text (`<p>…</p>` with entities), which is
 * that text, paragraphs apart; `undefined` for anything richer (emphasis, links, lists), whose Markdown
 * must travel as it was written.
 */
export function markdownFromHtml(html: string): string | undefined {
  const paragraphs: string[] = [];
  const rest = html.trim().replace(/<p>([^<]*)<\/p>\s*/g, (_, text: string) => {
    paragraphs.push(text);
    return '';
  });
  if (rest !== '' || paragraphs.length === 0) return undefined;
  let unknown = false;
  const decode = (text: string) =>
    text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      const known = ENTITIES[name];
      if (known === undefined) unknown = true;
      return known ?? entity;
    });
  const markdown = paragraphs.map(decode).join('\n\n');
  return unknown ? undefined : markdown;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A body from plain text (a variant's `why`): its paragraphs as escaped `<p>` elements, and the text as its Markdown. */
export function plainTextBody(text: string): { html: string; markdown: string } {
  const paragraphs = text.trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  return {
    html: paragraphs.map((p) => `<p>${p.replace(/[&<>"]/g, (c) => ESCAPES[c]!)}</p>`).join('\n'),
    markdown: paragraphs.join('\n\n'),
  };
}

/**
 * The bodies as a page ships them to the browser: each one's HTML, and its Markdown only where
 * `markdownFromHtml` would not give it back exactly, so the text travels once.
 */
export function shipBodies(bodies: FindingBodies): FindingBodies {
  return Object.fromEntries(
    Object.entries(bodies).map(([id, { html, markdown }]) => [id, markdown === undefined || markdownFromHtml(html) === markdown ? { html } : { html, markdown }]),
  );
}

/** A finding's body as Markdown: as written, or read back from its HTML when it was left out (`shipBodies`). */
export function bodyMarkdown(bodies: FindingBodies, id: string): string | undefined {
  const body = bodies[id];
  if (!body) return undefined;
  return body.markdown ?? markdownFromHtml(body.html);
}
