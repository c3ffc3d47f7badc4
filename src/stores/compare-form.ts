/**
 * The compare form's state. What is typed is kept at once; it is read (every pasted link decoded and
 * followed) only when typing pauses, and at once when the form is sent, so pasting or typing a long link
 * does not decode every link on every keystroke. The lines the form left out stay named until the
 * address changes by other means than the form, which also starts the form again from the address.
 */
import { atom, computed } from 'nanostores';
import { checkCompareForm, formFieldsOf, readCompareForm, type CompareFormFields, type FormCheck, type LeftOut } from '../compare/compare-form';
import type { DiagnosisLibrary } from '../diagnosis/library';
import type { Question } from '../schemas/question';
import type { Codebook } from '../share/codebook';
import { $compare, loadCompareLink, submitComparison } from './compare';

/** How long typing must pause before the form is read again. */
export const READ_PAUSE_MS = 250;

const NO_FIELDS: CompareFormFields = { text: '', labels: [], mode: 'team' };

/** What the form holds as typed. */
export const $compareFields = atom<CompareFormFields>(NO_FIELDS);

/** The fields as last read, behind `$compareFields` while typing goes on. */
const $readFields = atom<CompareFormFields>(NO_FIELDS);

/** What reading the fields needs, set by `followCompareAddress`. */
const $formContent = atom<{ codebooks: readonly Codebook[]; questions: readonly Question[]; siteOrigin?: string }>({ codebooks: [], questions: [] });

/** The form, read. */
export const $formReading = computed([$readFields, $formContent], (fields, content) =>
  readCompareForm(fields, content.codebooks, content.questions, content.siteOrigin),
);

/** Why the form was not sent, until it is sent or started again. */
export const $formError = atom('');

/** Lines the last sending left out: they are not in the compare link, so the page names them until the address changes. */
export const $leftOut = atom<LeftOut[]>([]);

/** The compare link the form put in the address last (its fragment), so the page can tell its own change from another. */
export const $sentFragment = atom<string | null>(null);

let pause: ReturnType<typeof setTimeout> | undefined;

function readNow(): void {
  clearTimeout(pause);
  pause = undefined;
  $readFields.set($compareFields.get());
}

/** Changes what the form holds; it is read once typing pauses. */
export function editCompareForm(change: Partial<CompareFormFields>): void {
  $compareFields.set({ ...$compareFields.get(), ...change });
  clearTimeout(pause);
  pause = setTimeout(readNow, READ_PAUSE_MS);
}

/** Changes the label of line `index`. */
export function editCompareLabel(index: number, label: string): void {
  const labels = [...$compareFields.get().labels];
  labels[index] = label;
  editCompareForm({ labels });
}

/** Puts `fields` in the form and reads them at once; any error is cleared. */
export function resetCompareForm(fields: CompareFormFields): void {
  $compareFields.set(fields);
  readNow();
  $formError.set('');
}

/**
 * Reads the compare link in `hash`; when the form did not put it there, the form starts again from it
 * (each link whole, on `reportPage`) and the lines left out before are forgotten.
 */
export function followCompareAddress(
  hash: string,
  reportPage: string,
  codebooks: readonly Codebook[],
  library: DiagnosisLibrary,
  contextSubjects: Readonly<Record<string, string>> = {},
): void {
  $formContent.set({ codebooks, questions: library.questions, siteOrigin: new URL(reportPage).origin });
  loadCompareLink(hash, codebooks, library, contextSubjects);
  const state = $compare.get();
  if (hash.slice(1) === $sentFragment.get() || state.status !== 'ready') return;
  resetCompareForm(formFieldsOf(state.entries, state.mode, reportPage));
  $leftOut.set([]);
}

/**
 * Sends the form: read at once, then either its readable links go into the address (see `submitComparison`)
 * or `$formError` says what stops it. Returns the check, so the page can move focus to what must change.
 */
export function sendCompareForm(
  address: { hash: string },
  codebooks: readonly Codebook[],
  library: DiagnosisLibrary,
  contextSubjects: Readonly<Record<string, string>> = {},
): FormCheck {
  readNow();
  const check = checkCompareForm($formReading.get());
  $formError.set(check.ok ? '' : check.message);
  if (!check.ok) return check;
  $leftOut.set(check.leftOut);
  // Set before `hashchange` reads the address (an event, so later): the form then stays as it is.
  $sentFragment.set(submitComparison(check.entries, $compareFields.get().mode, address, codebooks, library, contextSubjects));
  return check;
}
