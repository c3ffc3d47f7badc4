/**
 * The sample teams: the example teams of content/samples that have a `showcase` place, chosen to
 * contrast (one starting from zero, one building under pressure to hire, one in production). The
 * persona tests hold what the report says for each.
 */
import { loadShowcaseSamples } from '../../content-loaders';
import type { Sample } from '../../schemas/sample';

/** The samples shown on /sample/, in order; fails the build when there are none. */
export async function samplePersonas(): Promise<Sample[]> {
  const samples = await loadShowcaseSamples();
  if (samples.length === 0) throw new Error('content/samples has no sample with a "showcase" place.');
  return samples;
}
