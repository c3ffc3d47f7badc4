import { describe, expect, test } from 'vitest';
import { branchesOf, END } from '../../src/interview/branches';
import * as schema from '../../src/schemas/question';
import { smallInterview } from '../fixtures/small-interview';

describe('the zod-free branching helpers', () => {
  test('agree with the question schema, so the browser and the build read `next` alike', () => {
    expect(END).toBe(schema.END);
    for (const { data } of smallInterview()) {
      const question = data as schema.Question;
      expect(branchesOf(question)).toEqual(schema.branchesOf(question));
    }
  });
});
