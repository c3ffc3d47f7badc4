import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { QuestionSchema } from './schemas/question';
import { FindingSchema } from './schemas/finding';
import { DimensionSchema } from './schemas/dimension';
import { RoleSchema } from './schemas/role';
import { SampleSchema } from './schemas/sample';

/** Content lives in ../content as data; files starting with `_` are drafts and ignored. */
const from = (folder: string, extension: string) =>
  glob({ pattern: [`*.${extension}`, `!_*`], base: `./content/${folder}` });

export const collections = {
  questions: defineCollection({ loader: from('questions', 'yaml'), schema: QuestionSchema }),
  findings: defineCollection({ loader: from('findings', 'md'), schema: FindingSchema }),
  dimensions: defineCollection({ loader: from('dimensions', 'yaml'), schema: DimensionSchema }),
  roles: defineCollection({ loader: from('roles', 'yaml'), schema: RoleSchema }),
  samples: defineCollection({ loader: from('samples', 'yaml'), schema: SampleSchema }),
};
