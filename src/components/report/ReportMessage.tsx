import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children: ComponentChildren;
  checkHref: string;
}

/** A report page with nothing to show (no answers, or a link that cannot be read): says why and offers to start the check. */
export function ReportMessage({ title, children, checkHref }: Props) {
  return (
    <section class="report-message" aria-labelledby="report-message-heading">
      <h1 id="report-message-heading">{title}</h1>
      {children}
      <p>
        <a class="button" href={checkHref}>
          Start the check
        </a>
      </p>
    </section>
  );
}
