/** The compare form's store: what is typed is kept at once and read when typing pauses; the address restarts it. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { followAnswers } from '../../../src/questionnaire/follow';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { encodeAnswers } from '../../../src/share/link-codec';
import { encodeCompareLink } from '../../../src/compare/compare-link';
import {
  $compareFields,
  $formError,
  $formReading,
  $leftOut,
  $sentFragment,
  editCompareForm,
  editCompareLabel,
  followCompareAddress,
  READ_PAUSE_MS,
  sendCompareForm,
} from '../../../src/stores/compare-form';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const codebooks = loadCodebooksFromDisk();
const REPORT = 'https://check.example/report/';
const payload = (id: string) => encodeAnswers(followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers, latestCodebook(codebooks)!);
const two = `${REPORT}#${payload('joint-ownership')}\n${REPORT}#${payload('healthy-program')}`;

beforeEach(() => {
  vi.useFakeTimers();
  $sentFragment.set(null);
  followCompareAddress('', REPORT, codebooks, library);
});
afterEach(() => vi.useRealTimers());

describe('typing into the compare form', () => {
  test('keeps every keystroke at once, and reads the links once, when typing pauses', () => {
    const readings: unknown[] = [];
    const stop = $formReading.listen((r) => readings.push(r));
    for (let n = 1; n <= two.length; n += 40) editCompareForm({ text: two.slice(0, n) });
    editCompareForm({ text: two });
    expect($compareFields.get().text).toBe(two);
    expect(readings).toHaveLength(0);
    expect($formReading.get().rows).toEqual([]);
    vi.advanceTimersByTime(READ_PAUSE_MS - 1);
    expect(readings).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(readings).toHaveLength(1);
    expect($formReading.get().rows.map((r) => r.problem)).toEqual([undefined, undefined]);
    stop();
  });

  test('sending reads what is typed at once, even mid-pause, and puts the compare link in the address', () => {
    editCompareForm({ text: two });
    editCompareLabel(0, 'Ana');
    const address = { hash: '' };
    const check = sendCompareForm(address, codebooks, library);
    expect(check.ok).toBe(true);
    expect(address.hash).toBe(encodeCompareLink([{ label: 'Ana', payload: payload('joint-ownership') }, { label: '', payload: payload('healthy-program') }], 'team'));
    expect($sentFragment.get()).toBe(address.hash);
    expect($formError.get()).toBe('');
  });

  test('a form that cannot be sent says why, and names nothing as left out', () => {
    editCompareForm({ text: `${REPORT}#${payload('joint-ownership')}\nnonsense` });
    const check = sendCompareForm({ hash: '' }, codebooks, library);
    expect(check).toMatchObject({ ok: false, focus: 'links' });
    expect($formError.get()).toContain('At least two');
    expect($leftOut.get()).toEqual([]);
  });
});

describe('followCompareAddress', () => {
  test("keeps the form as it is after its own change of the address, and starts it again from another link", () => {
    editCompareForm({ text: `${two}\nnonsense` });
    const address = { hash: '' };
    sendCompareForm(address, codebooks, library);
    expect($leftOut.get().map((l) => l.name)).toEqual(['Line 3']);
    followCompareAddress(`#${address.hash}`, REPORT, codebooks, library);
    expect($compareFields.get().text).toBe(`${two}\nnonsense`);
    expect($leftOut.get()).toHaveLength(1);

    const other = encodeCompareLink([{ label: 'Cy', payload: payload('healthy-program') }, { label: 'Di', payload: payload('joint-ownership') }], 'over-time');
    followCompareAddress(`#${other}`, REPORT, codebooks, library);
    expect($compareFields.get()).toEqual({ text: `${REPORT}#${payload('healthy-program')}\n${REPORT}#${payload('joint-ownership')}`, labels: ['Cy', 'Di'], mode: 'over-time' });
    expect($formReading.get().rows).toHaveLength(2);
    expect($leftOut.get()).toEqual([]);
  });
});
