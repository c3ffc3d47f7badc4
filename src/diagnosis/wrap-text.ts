/**
 * Breaks text into lines of at most `width` characters at spaces, for SVG, which does not wrap text
 * itself. When the text needs more than `maxLines`, the last line ends in an ellipsis; a word longer
 * than a line is cut.
 */
export function wrapText(text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const pieces = word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'g')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1]!;
  while (last.length >= width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[kept.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/**
 * Wraps several texts at `width` so that together they take at most `budget` lines: while they take
 * more, the one with the most lines loses its last line (ending in an ellipsis). Each keeps at least one line.
 */
export function fitTexts(texts: readonly string[], width: number, budget: number): string[][] {
  const caps = texts.map((text) => wrapText(text, width).length);
  const total = () => caps.reduce((sum, n) => sum + n, 0);
  while (total() > budget) {
    const longest = caps.lastIndexOf(Math.max(...caps)); // on a tie, the later text gives way
    if (caps[longest]! <= 1) break;
    caps[longest] = caps[longest]! - 1;
  }
  return texts.map((text, i) => wrapText(text, width, caps[i]));
}
