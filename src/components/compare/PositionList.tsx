import { COMPARE_WORDS, listNames } from '../../compare/compare-text';

/** One answer given to a matter the respondents see differently, as shown, and who gave it (their indexes). */
export interface ShownPosition {
  answer: string;
  text: string;
  respondents: readonly number[];
}

interface Props {
  positions: readonly ShownPosition[];
  /** The respondents whose path did not ask the question. */
  unasked: readonly number[];
  names: readonly string[];
}

/** Who gave which answer, one line an answer, and last who was not asked: the same list for every kind of disagreement. */
export function PositionList({ positions, unasked, names }: Props) {
  return (
    <ul class="positions">
      {positions.map((p) => (
        <li key={p.answer}>
          <span class="answer">{p.text}</span>
          <span class="names">{listNames(p.respondents.map((i) => names[i]!))}</span>
        </li>
      ))}
      {unasked.length > 0 && (
        <li class="unasked">
          <span class="answer">{COMPARE_WORDS.notAsked}</span>
          <span class="names">{listNames(unasked.map((i) => names[i]!))}</span>
        </li>
      )}
    </ul>
  );
}
