import { describe, expect, test } from 'vitest';
import { readMarkdownFolder } from '../../../src/content-fs';
import { forModelCount, hasModelChoice, modelCountOf } from '../../../src/diagnosis/model-count';
import { loadQuestionsFromDisk } from '../../fixtures/content';

describe('naming the models in production as the answers have them', () => {
  test('a {one|several} choice reads its first form for one model, its second for several', () => {
    const text = 'Name an owner for {the live model|every live model}, and ask {its|their} builders.';
    expect(forModelCount(text, 'one')).toBe('Name an owner for the live model, and ask its builders.');
    expect(forModelCount(text, 'several')).toBe('Name an owner for every live model, and ask their builders.');
    expect(hasModelChoice(text)).toBe(true);
    expect(hasModelChoice('No choice {here} or | there.')).toBe(false);
  });

  test('several models live is the option the questions mark severalModels; one live, or none yet, reads as one', () => {
    const questions = loadQuestionsFromDisk();
    expect(modelCountOf(questions, { stage: ['in-production'], 'models-live': ['one'] })).toBe('one');
    expect(modelCountOf(questions, { stage: ['in-production'], 'models-live': ['several'] })).toBe('several');
    expect(modelCountOf(questions, { stage: ['building'] })).toBe('one');
  });

  test('no "why it matters" or noResolution names a count: they are read as written, for one model and several alike', () => {
    const choices: string[] = [];
    for (const { data, body } of readMarkdownFolder('content/findings')) {
      const f = data as { id: string; noResolution?: string; variants?: { id: string; why?: string }[] };
      if (hasModelChoice(body) || hasModelChoice(f.noResolution ?? '')) choices.push(f.id);
      for (const v of f.variants ?? []) if (v.why && hasModelChoice(v.why)) choices.push(`${f.id}:${v.id}`);
    }
    expect(choices).toEqual([]);
  });
});
