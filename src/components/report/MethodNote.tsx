import { METHOD_NOTE, SECTIONS } from '../../diagnosis/report-labels';

interface Props {
  methodHref: string;
}

/** How the report was made, crediting the article the model comes from by title (in METHOD_NOTE). */
export function MethodNote({ methodHref }: Props) {
  return (
    <section class="report-section method-note" aria-labelledby="method-heading">
      <h2 id="method-heading">{SECTIONS.method}</h2>
      <p>
        {METHOD_NOTE} <a href={methodHref}>Read the method</a>.
      </p>
    </section>
  );
}
