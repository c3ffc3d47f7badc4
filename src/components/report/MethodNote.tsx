import { methodNote, SECTIONS } from '../../diagnosis/report-labels';

interface Props {
  methodHref: string;
  /** How many dimensions the report rates (all of the content's). */
  dimensions: number;
}

/** How the report was made, crediting the article the model comes from by title (in methodNote). */
export function MethodNote({ methodHref, dimensions }: Props) {
  return (
    <section class="report-section method-note" aria-labelledby="method-heading">
      <h2 id="method-heading">{SECTIONS.method}</h2>
      <p>
        {methodNote(dimensions)} <a href={methodHref}>Read the method</a>.
      </p>
    </section>
  );
}
