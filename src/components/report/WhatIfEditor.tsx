import { useStoreAtOnce } from '../use-store-at-once';
import { useEffect, useRef } from 'preact/hooks';
import { toggleOption } from '../../questionnaire/answer-fits';
import type { Question } from '../../schemas/question';
import { $reportContent } from '../../stores/report-diagnosis';
import { $shownReport } from '../../stores/report-view';
import { tryChange } from '../../stores/what-if';

interface Props {
  onClose: () => void;
}

/**
 * The what-if editor, loaded when first opened: the answers on the scenario's path, by section, each a
 * control that changes it at once. Questions a change skips drop out; questions it brings in show the
 * answer assumed for them. A status line says where the principal constraint went, for screen readers.
 */
export function WhatIfEditor({ onClose }: Props) {
  const content = useStoreAtOnce($reportContent);
  const shown = useStoreAtOnce($shownReport);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!content || !shown) return null;
  // The report's answers are those on its path, in the order they were asked.
  const answers = shown.report.answers;
  const whatIf = shown.whatIf;
  const byId = new Map(content.library.questions.map((q) => [q.id, q]));
  const asked = Object.keys(answers).map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  const sections = [...new Set(asked.map((q) => q.section))];
  const mark = (q: Question) => {
    const change = whatIf?.changes.answers.find((a) => a.question === q.id);
    if (!change) return null;
    return change.assumed ? (
      <p class="what-if-assumed">New on this path: assumed at its healthiest answer. Change it if that is not so.</p>
    ) : (
      <p class="what-if-was">Was: {change.was ?? 'not asked'}</p>
    );
  };
  const principal = shown.report.principal.finding.title;
  return (
    <aside class="what-if-editor" aria-labelledby="what-if-editor-heading" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="what-if-editor-head">
        <h2 id="what-if-editor-heading" tabIndex={-1} ref={heading}>
          Try a change
        </h2>
        <button type="button" class="button secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="what-if-intro">Change any answer: the report below follows at once. The interview saved in this browser is not changed.</p>
      <p class="what-if-status" role="status">
        {whatIf?.changes.principal ? `Principal constraint now: ${principal} (was: ${whatIf.changes.principal.wasTitle}).` : `Principal constraint: ${principal}.`}
      </p>
      {sections.map((section) => (
        <fieldset key={section} class="what-if-section">
          <legend>{section}</legend>
          {asked
            .filter((q) => q.section === section)
            .map((q) => {
              const current = answers[q.id] ?? [];
              const id = `what-if-${q.id}`;
              return q.kind === 'single' ? (
                <div key={q.id} class="what-if-question">
                  <label for={id}>{q.prompt}</label>
                  <select id={id} value={current[0]} onChange={(e) => tryChange(q.id, [e.currentTarget.value])}>
                    {q.options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {mark(q)}
                </div>
              ) : (
                <fieldset key={q.id} class="what-if-question">
                  <legend>{q.prompt}</legend>
                  {q.options.map((o) => (
                    <label key={o.id} class="what-if-option">
                      <input
                        type="checkbox"
                        checked={current.includes(o.id)}
                        onChange={(e) => {
                          const next = toggleOption(q, current, o.id);
                          // An answer needs one option at least: the last one stays ticked.
                          if (next.length === 0) e.currentTarget.checked = true;
                          else tryChange(q.id, next);
                        }}
                      />{' '}
                      {o.label}
                    </label>
                  ))}
                  {mark(q)}
                </fieldset>
              );
            })}
        </fieldset>
      ))}
    </aside>
  );
}
