import { describe, expect, test } from 'vitest';
import { fitTexts, wrapText } from '../../../src/diagnosis/wrap-text';

describe('wrapText', () => {
  test('breaks at spaces so that no line is longer than the width', () => {
    const lines = wrapText('Nobody owns the chain from raw data to a monitored model in production', 20);
    expect(lines).toEqual(['Nobody owns the', 'chain from raw data', 'to a monitored model', 'in production']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  test('keeps every word, in order', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(wrapText(text, 9).join(' ')).toBe(text);
  });

  test('ends the last allowed line in an ellipsis when the text is longer, within the width', () => {
    expect(wrapText('aaa bbb ccc ddd eee', 7, 2)).toEqual(['aaa bbb', 'ccc…']);
    expect(wrapText('aaaaaaa bbbbbbb ccc', 7, 2)).toEqual(['aaaaaaa', 'bbbbbb…']);
    expect(wrapText('aaa bbb cc dd eee', 7, 2)).toEqual(['aaa bbb', 'cc dd…']);
  });

  test('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  test('gives no lines for blank text', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });
});

describe('fitTexts', () => {
  const texts = ['one two three four five six', 'short', 'seven eight nine ten eleven twelve thirteen'];

  test('wraps every text in full when the budget allows', () => {
    expect(fitTexts(texts, 10, 20)).toEqual(texts.map((t) => wrapText(t, 10)));
  });

  test('takes lines from the longest text first, the later one on a tie, until the budget holds', () => {
    const fitted = fitTexts(texts, 10, 6);
    expect(fitted.flat().length).toBe(6);
    expect(fitted.map((lines) => lines.length)).toEqual([3, 1, 2]);
    expect(fitted[2]![1]).toMatch(/…$/);
  });

  test('never drops a text entirely', () => {
    expect(fitTexts(texts, 10, 1).map((lines) => lines.length)).toEqual([1, 1, 1]);
  });
});
