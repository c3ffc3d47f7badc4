import { describe, expect, test } from 'vitest';
import { readMarkdownFolder } from '../../src/content-fs';
import { loadLibraryFromDisk } from '../fixtures/content';

const library = loadLibraryFromDisk();
const { questions, findings, dimensions } = library;

describe('the content library', () => {
  test('has a bank of at least 25 questions, each with a short help text', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
    for (const q of questions) expect(q.help.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length, q.id).toBeLessThanOrEqual(3);
  });

  test('has at least 30 findings, at least six of them strengths, each with two to four owned actions', () => {
    expect(findings.length).toBeGreaterThanOrEqual(30);
    expect(findings.filter((f) => f.severity === 'strength').length).toBeGreaterThanOrEqual(6);
    for (const f of findings) expect(f.actions.length, f.id).toBeGreaterThanOrEqual(2);
  });

  test('rates the eight dimensions of the brief, each with problems and strengths', () => {
    expect(dimensions.map((d) => d.id).sort()).toEqual(
      ['accountability', 'build-run', 'constraint', 'data-foundation', 'domain-validation', 'hiring-sequence', 'product-ownership', 'production-ownership'],
    );
    for (const d of dimensions) {
      const inDimension = findings.filter((f) => f.dimension === d.id);
      expect(inDimension.some((f) => f.severity === 'strength'), `${d.id} has a strength`).toBe(true);
      expect(inDimension.some((f) => f.severity !== 'strength'), `${d.id} has a problem`).toBe(true);
    }
  });

  test('asks about the four accountabilities, each offering "several teams jointly" and "don\'t know"', () => {
    const accountability = questions.filter((q) => q.accountability);
    expect(accountability.map((q) => q.accountability).sort()).toEqual(['business-outcome', 'model-performance', 'production-behaviour', 'running-cost']);
    for (const q of accountability) {
      expect(q.options.some((o) => o.ownership === 'joint'), q.id).toBe(true);
      expect(q.options.some((o) => o.unknown && o.ownership === 'unknown'), q.id).toBe(true);
    }
  });

  test('offers "don\'t know" on most questions, and one option pauses hiring', () => {
    const withUnknown = questions.filter((q) => q.options.some((o) => o.unknown));
    expect(withUnknown.length / questions.length).toBeGreaterThan(0.6);
    expect(questions.flatMap((q) => q.options).filter((o) => o.pausesHiring).length).toBe(1);
  });

  test('every finding explains why it matters in its Markdown body', () => {
    for (const source of readMarkdownFolder('content/findings')) expect(source.body.length, source.file).toBeGreaterThan(80);
  });
});
