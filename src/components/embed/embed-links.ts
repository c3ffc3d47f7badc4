/**
 * What the embedded check fetches only when answers travel by link: loading those back from its report
 * (the fragment), and the links to the report at the review. One module, so one dynamic import brings
 * both, and neither comes with the first question.
 */
export { reportLinkFor } from '../../embed/report-link';
export { loadLinkIntoInterview } from '../../stores/link-into-interview';
