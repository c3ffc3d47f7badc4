import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { QuestionSchema } from './schemas/question';
import { FindingSchema } from './schemas/finding';
import { DimensionSchema } from './schemas/dimension';
import { RoleSchema } from './schemas/role';
import { SampleSchema } from './schemas/sample';
import { DisagreementTextsSchema } from './schemas/disagreement-text';
import { ProgramContextTextSchema } from './schemas/program-context-text';
import { CodebookSchema } from './share/codebook-schema';

/**
 * Content lives in ../content as data; files starting with `_` are drafts and ignored. Pages read it
 * only through src/content-loaders.ts, which validates each collection as a whole.
 */
const from = (folder: string, extension: string) =>
  glob({ pattern: [`*.${extension}`, `!_*`], base: `./content/${folder}` });

/** A collection of one file, for content that is one document (the compare view's words). */
const single = (folder: string, file: string) => glob({ pattern: file, base: `./content/${folder}` });

export const collections = {
  questions: defineCollection({ loader: from('questions', 'yaml'), schema: QuestionSchema }),
  findings: defineCollection({ loader: from('findings', 'md'), schema: FindingSchema }),
  dimensions: defineCollection({ loader: from('dimensions', 'yaml'), schema: DimensionSchema }),
  roles: defineCollection({ loader: from('roles', 'yaml'), schema: RoleSchema }),
  samples: defineCollection({ loader: from('samples', 'yaml'), schema: SampleSchema }),
  codebooks: defineCollection({ loader: from('codebooks', 'yaml'), schema: CodebookSchema }),
  disagreementTexts: defineCollection({ loader: single('compare', 'disagreements.yaml'), schema: DisagreementTextsSchema }),
  programContextText: defineCollection({ loader: single('compare', 'program-context.yaml'), schema: ProgramContextTextSchema }),
};
