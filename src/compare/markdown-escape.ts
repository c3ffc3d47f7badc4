/**
 * Making text that someone typed (a respondent's label) inert in Markdown. Everything else in the
 * comparison's Markdown is our own words, looked up by id; labels are the one thing a compare link
 * carries that we did not write, and a link can come from anyone.
 */

/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped, and escaped it is only text. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** U+2060 WORD JOINER: invisible, and not part of any address, so it keeps text from reading as one. */
export const WORD_JOINER = '\u2060';

/**
 * Text as literal Markdown: control characters and line breaks made spaces, and every ASCII punctuation
 * character backslash-escaped, so no emphasis, link, image, HTML tag or entity, table pipe or block
 * marker can start inside it. GFM also links bare addresses (`www.`, `https://`, `a@b.c`, and `@name`
 * mentions) after escapes are read, so a word joiner goes inside each of those patterns.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(www)(?=\.)/gi, `$1${WORD_JOINER}`)
    .replace(/:(?=\/)/g, `:${WORD_JOINER}`)
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Characters a URL may hold as they are; anything else is percent-encoded. */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/**
 * A web address as a Markdown autolink (`<https://…>`), inside which nothing is Markdown; any
 * character that could end it early or break the line is percent-encoded. Anything but an http(s)
 * address gives `undefined`, so a `javascript:` address can never become a link.
 */
export function markdownAutolink(url: string): string | undefined {
  if (!/^https?:\/\/[^\s<>]/i.test(url)) return undefined;
  let safe = '';
  for (const char of url) {
    if (URL_CHAR.test(char)) safe += char;
    else for (const byte of new TextEncoder().encode(char)) safe += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `<${safe}>`;
}
