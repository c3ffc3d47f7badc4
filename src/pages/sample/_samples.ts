/**
 * The three sample teams: persona fixtures (fixed answer sets with known outcomes, held by the persona
 * tests) chosen to contrast: one starting from zero, one building under pressure to hire, one in
 * production. Sample answers are fixtures, so they live with the other personas in test/fixtures.
 */
import { personas, type Persona } from '../../../test/fixtures/personas';

/** The ids of the personas shown as samples, in the order of the sample index. */
export const SAMPLE_IDS = ['scientists-first-plan', 'clarity-under-pressure', 'joint-ownership'] as const;

/** The sample personas, in order; fails the build if a persona is missing. */
export function samplePersonas(): Persona[] {
  return SAMPLE_IDS.map((id) => {
    const persona = personas.find((p) => p.id === id);
    if (!persona) throw new Error(`The sample "${id}" is not among the personas in test/fixtures/personas.ts.`);
    return persona;
  });
}
