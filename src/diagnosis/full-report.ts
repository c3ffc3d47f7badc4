import type { AnswerMap } from '../schemas/answers';
import type { DiagnosisLibrary } from './library';
import { pathForward, type PathForward } from './path-forward';
import { diagnose, type Report } from './report';

/** A report with its path forward: what the program looks like after each fix. */
export interface FullReport {
  report: Report;
  path: PathForward;
}

/** Diagnoses the answers and walks the path forward from them; `undefined` when not even the first question is answered. */
export function diagnoseWithPath(library: DiagnosisLibrary, answers: AnswerMap): FullReport | undefined {
  const report = diagnose(library, answers);
  return report && { report, path: pathForward(library, report) };
}
