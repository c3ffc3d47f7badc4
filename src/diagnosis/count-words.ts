/**
 * Counts in running text, taken from the content rather than written into a sentence ("the check rates
 * eight dimensions"), so the words stay true when a dimension, an accountability or a sample is added.
 */

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as prose writes it: a word up to twelve ("eight"), digits beyond ("14"). */
export function countWord(count: number): string {
  return WORDS[count] ?? String(count);
}

/** A count with its noun, singular for one: "eight dimensions", "one dimension", "14 findings". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${countWord(count)} ${count === 1 ? singular : plural}`;
}

/** The same, to open a sentence: "Eight dimensions". */
export function countedCapitalised(count: number, singular: string, plural?: string): string {
  const text = counted(count, singular, plural);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
