import type { Dimension } from '../schemas/dimension';
import type { Finding } from '../schemas/finding';
import type { Question } from '../schemas/question';
import type { Role } from '../schemas/role';

/** Everything the diagnosis reads from content: the interview, the findings, the dimensions and the roles. */
export interface DiagnosisLibrary {
  questions: readonly Question[];
  findings: readonly Finding[];
  dimensions: readonly Dimension[];
  roles: readonly Role[];
}
