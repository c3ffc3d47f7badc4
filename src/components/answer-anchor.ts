/** The fragment that names one answer in the review (`#answer-<question id>`): evidence links point there. */
export function answerAnchor(questionId: string): string {
  return `answer-${questionId}`;
}

/** The question a fragment names, if it is an answer anchor; anything else (or a hostile fragment) gives undefined. */
export function questionFromAnchor(hash: string): string | undefined {
  const match = /^#answer-([a-z0-9-]{1,60})$/.exec(hash);
  return match?.[1];
}
