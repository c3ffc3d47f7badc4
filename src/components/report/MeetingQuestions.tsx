import { SECTIONS } from '../../diagnosis/report-labels';

interface Props {
  questions: readonly string[];
}

/** The three to five questions to put to leadership. */
export function MeetingQuestions({ questions }: Props) {
  return (
    <section class="report-section" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">{SECTIONS.meeting}</h2>
      <ol class="meeting-questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
    </section>
  );
}
