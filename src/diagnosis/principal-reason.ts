import type { PrincipalRule } from './principal';

/** What the sentence needs: the deciding rule, how many roots, the stage as the respondent read it, the symptoms' titles. */
export interface PrincipalReasonFacts {
  rule: PrincipalRule;
  roots: number;
  /** The stage option's label, e.g. "Moving a model into production". */
  stageLabel: string | undefined;
  dimensionName: string;
  /** Titles of the fired problems the principal explains, most important first. */
  symptoms: readonly string[];
}

function quoteList(titles: readonly string[]): string {
  const shown = titles.slice(0, 3).map((t) => `“${t}”`);
  const more = titles.length - shown.length;
  if (more > 0) shown.push(`${more} more`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** One sentence on why the principal constraint comes first, from the rule that chose it. */
export function principalReasonText(facts: PrincipalReasonFacts): string {
  const also = facts.symptoms.length > 0 ? `; fixing it also addresses ${quoteList(facts.symptoms)}` : '';
  const stage = facts.stageLabel ? facts.stageLabel.charAt(0).toLowerCase() + facts.stageLabel.slice(1) : 'this stage';
  switch (facts.rule) {
    case 'fallback':
      return 'Nothing in these answers points to a structural gap, so the first job is to keep the structure as it is.';
    case 'only-root':
      return facts.symptoms.length > 0
        ? `It comes first because the other problems in this report follow from it${also}.`
        : 'It comes first because it is the only structural problem these answers show.';
    case 'severity':
      return `It comes first because nothing else in this report weighs as much, once the problems it causes are counted${also}.`;
    case 'known':
      return `It comes first because, of the root causes that weigh most here, it rests on what you know about the program, while the others rest on answers you could not give yet${also}.`;
    case 'stage':
      return `It comes first because, of the root causes that weigh most here, it is the one a program at this stage (${stage}) has to settle now${also}.`;
    case 'explains':
      return `It comes first because, of the root causes that weigh most here, it explains the most other problems${also}.`;
    case 'leverage':
      return `It comes first because, of the root causes that weigh most here, settling ${facts.dimensionName.toLowerCase()} makes every later step, hires included, land better${also}.`;
  }
}
