import { describe, expect, test } from 'vitest';
import { progressBetween } from '../../../src/compare/progress';
import { diagnose } from '../../../src/diagnosis/report';
import { completeAnswers } from '../../fixtures/complete-answers';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { expertPersonas } from '../../fixtures/expert-personas';

const library = loadLibraryFromDisk();
const report = (answers: Record<string, string[]>) => diagnose(library, completeAnswers(library.questions, answers))!;

describe('progress over time follows the engine', () => {
  const capacityTeams = expertPersonas.filter((p) => p.answers['headcount-pressure']?.[0] === 'yes');

  test.each(capacityTeams.map((p) => [p.name, p] as const))('"%s" fixing nothing but saying "clarity" shows no new or resolved facts outside the constraint', (_, persona) => {
    const { 'capacity-skill': _skill, 'clarity-gap': _gap, ...rest } = persona.answers;
    const capacity = report({ ...rest, constraint: ['capacity'], 'capacity-skill': ['ml-engineering'] });
    const clarity = report({ ...rest, constraint: ['clarity'], 'clarity-gap': ['ownership'] });
    for (const [older, newer] of [[capacity, clarity], [clarity, capacity]] as const) {
      const progress = progressBetween(older, newer);
      expect(progress.appeared.filter((f) => f.dimension !== 'constraint').map((f) => f.id)).toEqual([]);
      expect(progress.resolved.filter((f) => f.dimension !== 'constraint').map((f) => f.id)).toEqual([]);
    }
  });

  test('the same principal for other answers counts as a change; the same answers do not', () => {
    const persona = expertPersonas.find((p) => report(p.answers).principal.evidence.length > 0)!;
    const before = report(persona.answers);
    expect(progressBetween(before, report(persona.answers)).principalChanged).toBe(false);
    const cited = before.principal.evidence[0]!;
    const question = library.questions.find((q) => q.id === cited.question)!;
    for (const option of question.options.filter((o) => !cited.chosen.includes(o.id))) {
      const after = report({ ...persona.answers, [question.id]: [option.id] });
      if (after.principal.finding.id !== before.principal.finding.id) continue;
      expect(progressBetween(before, after).principalChanged, `${question.id}: ${option.id}`).toBe(true);
    }
  });
});
