import { describe, expect, test } from 'vitest';
import { leavesThisPage } from '../../../src/embed/links';

const page = 'https://check.example/tools/embed/?theme=dark';

describe('leavesThisPage', () => {
  test.each([
    ['the method page', '/tools/method/', true],
    ['the standalone report with a share payload', 'https://check.example/tools/report/#1abc', true],
    ['another site', 'https://example.org/', true],
    ['the embed page with other parameters', '/tools/embed/?theme=light', true],
    ['a link within the page', '#main', false],
    ['the page itself with a fragment', 'https://check.example/tools/embed/?theme=dark#top', false],
  ])('%s: %s', (_, href, leaves) => {
    expect(leavesThisPage(href, page)).toBe(leaves);
  });
});
