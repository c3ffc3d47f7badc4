import { useState } from 'preact/hooks';
import type { AnswerMap } from '../../schemas/answers';

interface Props {
  /** This build's questionnaire version: a file of an older one is carried over to it, a newer one refused. */
  version: number;
  /**
   * Shows the imported answers, with a sentence for each part of the file that was left out; returns why
   * they cannot be reported on (e.g. none fits these questions), if so.
   */
  onImported: (answers: AnswerMap, dropped: string[]) => string | undefined;
}

/** "Import answers (.json)": reads an answers file and either shows its report or says which part is wrong, changing nothing. */
export function ImportAnswers({ version, onImported }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The reader's code is fetched when a file is first chosen, not with the report.
    const { MAX_ANSWERS_FILE_BYTES, problemSentence, readAnswersFile } = await import('../../diagnosis/answers-file');
    const result =
      file.size > MAX_ANSWERS_FILE_BYTES ? readAnswersFile('', version, file.size) : readAnswersFile(await file.text(), version, file.size);
    if (result.ok) {
      const dropped = result.dropped.map(problemSentence);
      const problem = onImported(result.answers, dropped);
      // Nothing usable: what was left out of the file is why, so it is said too.
      setProblems(problem ? [problem, ...dropped] : []);
    } else {
      setProblems(result.problems.map(problemSentence));
    }
  };
  return (
    <>
      <label class="button secondary file-button">
        <input type="file" accept=".json,application/json" class="visually-hidden" onChange={onChange} />
        Import answers (.json)
      </label>
      {problems.length > 0 && (
        <div class="import-problems" role="alert">
          {problems.length === 1 ? (
            <p>
              <strong>That file could not be imported, so nothing was changed.</strong> {problems[0]}
            </p>
          ) : (
            <>
              <p>
                <strong>That file could not be imported, so nothing was changed.</strong> What is wrong with it:
              </p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" class="button secondary" onClick={() => setProblems([])}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
