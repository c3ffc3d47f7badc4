import type { PathForward } from '../../diagnosis/path-forward';
import { PATH_END_TEXT, PATH_INTRO, SECTIONS, pathStepText } from '../../diagnosis/report-labels';

interface Props {
  path: PathForward;
}

/** What the program looks like after each fix, principal first: the problems each step clears and the ratings it moves. */
export function PathForwardSection({ path }: Props) {
  if (path.steps.length === 0) return null;
  return (
    <section class="report-section path-forward" aria-labelledby="path-heading">
      <h2 id="path-heading">{SECTIONS.path}</h2>
      <p class="path-intro">{PATH_INTRO}</p>
      <ol class="path-steps">
        {path.steps.map((step) => {
          const text = pathStepText(step);
          return (
            <li key={step.fixes.id} data-fixes={step.fixes.id}>
              <span class="path-fix">{step.fixes.title}</span>
              {text.clears && <span class="path-clears">{text.clears}</span>}
              {text.moves && <span class="path-moves">{text.moves}</span>}
            </li>
          );
        })}
      </ol>
      <p class="path-end">{PATH_END_TEXT(path.end)}</p>
    </section>
  );
}
