import { expect, test, type Page } from '@playwright/test';
import { followAnswers } from '../../src/questionnaire/follow';
import { enumerateInterviewPaths, longestPathLength, type InterviewPath } from '../../src/interview/paths';
import { progressOf, questionsSkipped } from '../../src/interview/progress';
import { loadQuestionsFromDisk } from '../fixtures/content';
import {
  answerByMouse,
  openFreshInterview,
  openInterviewWithSaved,
  reviewedQuestions,
  SAVED_KEY,
  savedInterview,
  waitForInterview,
  watchForErrors,
} from './interview-helpers';

const questions = loadQuestionsFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));
const paths = enumerateInterviewPaths(questions);
const longest = longestPathLength(questions);
const start = questions[0]!;

/** Three paths that begin with different answers to the first question, so each takes another branch. */
function threeBranches(): InterviewPath[] {
  const chosen: InterviewPath[] = [];
  for (const option of start.options) {
    const path = paths.find((p) => p.answers[start.id]?.[0] === option.id && !chosen.some((c) => c.questions.join() === p.questions.join()));
    if (path) chosen.push(path);
    if (chosen.length === 3) break;
  }
  return chosen;
}

/** Presses the number keys of the options of `id` chosen on `path`. */
async function chooseByKeys(page: Page, path: InterviewPath, id: string) {
  const question = byId.get(id)!;
  for (const optionId of path.answers[id]!) {
    await page.keyboard.press(String(question.options.findIndex((o) => o.id === optionId) + 1));
  }
}

const reviewHeading = (page: Page) => page.getByRole('heading', { name: 'Check your answers' });
const questionHeading = (page: Page, id: string) => page.locator(`form[data-question="${id}"] h2`);

test.describe('the interview at /check/', () => {
  test.beforeEach(async ({ page }) => {
    await openFreshInterview(page);
  });

  // Every branch by mouse and by keyboard: interview-branches.spec.ts.

  test('completes a branch by keyboard alone, focus on each new heading, B going back', async ({ page }) => {
    const errors = watchForErrors(page);
    const path = threeBranches()[1]!;
    for (const [i, id] of path.questions.entries()) {
      await expect(page.locator(`form[data-question="${id}"]`)).toBeVisible();
      // After the first step, focus moves to the new question's heading; keys go to the new form from then on.
      if (i > 0) await expect(questionHeading(page, id)).toBeFocused();
      await expect(page.locator('.progress')).toContainText(`Question ${i + 1} of about`);
      await chooseByKeys(page, path, id);
      await page.keyboard.press('Enter');
      if (i === 2) {
        // The documented Back key, then Enter again: the earlier answer is still chosen.
        await expect(questionHeading(page, path.questions[3]!)).toBeFocused();
        await page.keyboard.press('b');
        await expect(questionHeading(page, id)).toBeFocused();
        await page.keyboard.press('Enter');
      }
    }
    await expect(reviewHeading(page)).toBeFocused();
    await expect(page.locator('.progress')).toContainText(`All ${path.questions.length} questions answered`);
    // One Tab reaches "See my report", above the answers; the next the first "Change": Enter, then Enter keeps it and returns to the review.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'See my report' }).first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Change your answer to “${start.prompt}”` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(questionHeading(page, start.id)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reviewHeading(page)).toBeFocused();
    await expect(page.locator('.progress')).toContainText('Your change kept every other answer.');
    expect(await reviewedQuestions(page)).toEqual(path.questions);
    expect(errors).toEqual([]);
  });

  test('a digit and Enter pressed faster than the page re-renders still submit that option', async ({ page }) => {
    // Both keys in one task, as a fast typist or a keyboard macro may send them: Enter must see the digit's choice.
    const option = start.options[1]!;
    await page.evaluate(() => {
      for (const key of ['2', 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
    await expect(page.locator(`form[data-question="${start.id}"]`)).toBeHidden();
    await expect(page.locator('form[data-question]')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect((await savedInterview(page)).answers[start.id]).toEqual([option.id]);
  });

  test('the first question promises no more questions than the landing page does', async ({ page }) => {
    await page.goto('');
    const promised = await page.getByText(/\d+–\d+ questions/).first().innerText();
    const most = Number(/–(\d+) questions/.exec(promised)![1]);
    await openFreshInterview(page);
    await expect(page.locator('.progress')).toContainText(`Question 1 of about ${most}`);
  });

  test('Continue puts the next question and the header bar in the page before any timer runs, so the next frame shows them', async ({ page }) => {
    // A re-render left to a timer lets Chromium paint the frame after the click with the old question in it.
    await page.locator(`form[data-question="${start.id}"] input`).first().check();
    const after = await page.evaluate(async (startId) => {
      document.querySelector<HTMLButtonElement>(`form[data-question="${startId}"] button[type="submit"]`)!.click();
      let timerRan = false;
      setTimeout(() => (timerRan = true), 0);
      // Microtasks only: Preact's own batched render runs in one, a timer never does.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      return {
        timerRan,
        question: document.querySelector('form[data-question]')?.getAttribute('data-question'),
        bar: document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'),
      };
    }, start.id);
    expect(after.timerRan).toBe(false);
    expect(after.question).not.toBe(start.id);
    expect(after.question).toBeTruthy();
    expect(Number(after.bar)).toBeGreaterThan(0);
  });

  test('keys pressed the moment the next question is put in the page reach that question, not the one before', async ({ page }) => {
    // The instant the next question's form is in the page (before it is painted, before any effect has run),
    // a digit and Enter: they must answer it, as a fast typist's keys do when the page is busy.
    await page.evaluate((startId) => {
      const interview = document.querySelector('.interview')!;
      new MutationObserver((_records, observer) => {
        const next = interview.querySelector(`form[data-question]:not([data-question="${startId}"])`);
        if (!next) return;
        observer.disconnect();
        (window as unknown as { __next: string }).__next = next.getAttribute('data-question')!;
        for (const key of ['1', 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }).observe(interview, { childList: true, subtree: true });
    }, start.id);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const next = (await page.waitForFunction(() => (window as unknown as { __next?: string }).__next).then((h) => h.jsonValue())) as string;
    await expect(page.locator(`form[data-question="${next}"]`)).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const saved = await savedInterview(page);
    expect(saved.path.slice(0, 2)).toEqual([start.id, next]);
    expect(saved.answers[next]).toHaveLength(1);
  });

  test('Back returns to the previous question with the earlier answer still selected', async ({ page }) => {
    const path = threeBranches()[0]!;
    const [first, second, third] = path.questions;
    await answerByMouse(page, first!, path.answers[first!]!);
    await answerByMouse(page, second!, path.answers[second!]!);
    await expect(page.locator(`form[data-question="${third}"]`)).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    const form = page.locator(`form[data-question="${second}"]`);
    await expect(form).toBeVisible();
    for (const id of path.answers[second!]!) await expect(form.locator(`input[value="${id}"]`)).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator(`form[data-question="${first}"] input[value="${path.answers[first!]![0]}"]`)).toBeChecked();
  });

  test('a reload, or a new tab after closing this one, resumes at the same question with every answer intact', async ({ page, context }) => {
    const errors = watchForErrors(page);
    const path = threeBranches()[2]!;
    const answered = path.questions.slice(0, 4);
    for (const id of answered) await answerByMouse(page, id, path.answers[id]!);
    const next = path.questions[4]!;
    await expect(page.locator(`form[data-question="${next}"]`)).toBeVisible();

    await page.reload();
    await waitForInterview(page);
    await expect(page.locator(`form[data-question="${next}"]`)).toBeVisible();
    await expect(page.locator('.progress')).toContainText('Question 5 of about');
    expect(await savedInterview(page)).toMatchObject({ path: answered });

    const again = await context.newPage();
    await page.close();
    await again.goto('check/');
    await waitForInterview(again);
    await expect(again.locator(`form[data-question="${next}"]`)).toBeVisible();
    for (const id of [...answered].reverse()) {
      await again.getByRole('button', { name: 'Back' }).click();
      for (const option of path.answers[id]!) await expect(again.locator(`form[data-question="${id}"] input[value="${option}"]`)).toBeChecked();
    }
    expect(errors).toEqual([]);
  });

  test('resuming paints the saved question from the start: question 1 never shows, on /check/ or in the embed', async ({ page }) => {
    const errors = watchForErrors(page);
    const path = threeBranches()[2]!;
    for (const id of path.questions.slice(0, 4)) await answerByMouse(page, id, path.answers[id]!);
    const saved = path.questions[4]!;

    // Hold the islands' JavaScript back, so the server's render stays on screen for as long as the test looks.
    let release = () => {};
    let held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Each frame until the interview is live, which questions are visible in it.
    await page.addInitScript(() => {
      const frames: string[][] = [];
      (window as unknown as { __painted: string[][] }).__painted = frames;
      const sample = () => {
        const forms = [...document.querySelectorAll<HTMLElement>('form[data-question]')];
        frames.push(forms.filter((f) => f.checkVisibility({ visibilityProperty: true })).map((f) => f.dataset['question']!));
        if (!document.querySelector('.interview[data-live]')) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const painted = () => page.evaluate(() => (window as unknown as { __painted: string[][] }).__painted);

    for (const url of ['check/', 'embed/']) {
      held = new Promise<void>((resolve) => (release = resolve));
      await page.goto(url, { waitUntil: 'commit' });
      // Frames painted while the islands wait: the first question is in the page, its space kept, and hidden.
      await expect.poll(async () => (await painted()).length).toBeGreaterThan(3);
      const first = page.locator(`form[data-question="${start.id}"]`);
      await expect(first).toBeHidden();
      expect((await first.boundingBox())?.height, url).toBeGreaterThan(100);
      release();
      await waitForInterview(page);
      await expect(page.locator(`form[data-question="${saved}"]`)).toBeVisible();
      const frames = await painted();
      expect(frames.flat(), url).not.toContain(start.id);
      expect(frames.at(-1), url).toEqual([saved]);
    }
    expect(errors).toEqual([]);
  });

  test('the header bar and the live region follow the same progress, and an answer that shortens the path says so', async ({ page }) => {
    // The first step on some path where an answer rules out a longer branch.
    let found: { path: InterviewPath; index: number; skipped: number } | undefined;
    for (const path of paths) {
      for (let i = 0; i < path.questions.length && !found; i++) {
        const on = (n: number) => Object.fromEntries(path.questions.slice(0, n).map((id) => [id, path.answers[id]!]));
        const before = progressOf(questions, path.questions[i]!, path.questions.slice(0, i), on(i), longest);
        const after = progressOf(questions, path.questions[i + 1] ?? 'finished', path.questions.slice(0, i + 1), on(i + 1), longest);
        const skipped = questionsSkipped(before, after);
        if (skipped > 0) found = { path, index: i, skipped };
      }
      if (found) break;
    }
    expect(found, 'the content has an answer that shortens the path').toBeDefined();
    const { path, index, skipped } = found!;
    const bar = page.getByRole('progressbar', { name: 'Progress through the check' });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    for (const id of path.questions.slice(0, index + 1)) await answerByMouse(page, id, path.answers[id]!);
    const live = page.locator('[aria-live="polite"]');
    await expect(live).toContainText(`Your answer skipped ${skipped} question${skipped === 1 ? '' : 's'}.`);
    const total = Number((await live.textContent())!.match(/of about (\d+)/)?.[1] ?? path.questions.length);
    await expect(bar).toHaveAttribute('aria-valuetext', `${index + 1} of about ${total} questions answered`);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  });

  test('Start over asks in a dialog: Escape keeps the answers, confirming clears them', async ({ page }) => {
    const errors = watchForErrors(page);
    page.on('dialog', (dialog) => errors.push(`native dialog: ${dialog.message()}`));
    const path = threeBranches()[0]!;
    for (const id of path.questions.slice(0, 2)) await answerByMouse(page, id, path.answers[id]!);
    const startOver = page.getByRole('button', { name: 'Start over' });
    await startOver.click();
    const dialog = page.getByRole('dialog', { name: 'Start over?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await page.keyboard.press('1'); // keys belong to the dialog while it is open
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(startOver).toBeFocused();
    await expect(page.locator(`form[data-question="${path.questions[2]}"]`)).toBeVisible();
    expect((await savedInterview(page)).path).toEqual(path.questions.slice(0, 2));

    await startOver.click();
    await dialog.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(dialog).toBeHidden();
    await expect(questionHeading(page, start.id)).toBeFocused();
    await expect(page.locator(`form[data-question="${start.id}"] input:checked`)).toHaveCount(0);
    expect(await savedInterview(page)).toMatchObject({ answers: {}, path: [] });
    expect(errors).toEqual([]);
  });
});

test.describe('changing an answer from the review', () => {
  test('changing an early answer re-runs the branching: only new questions are asked, dropped ones leave the review and storage', async ({ page }) => {
    const errors = watchForErrors(page);
    const before = paths.find((p) => p.answers[start.id]?.[0] === 'in-production')!;
    const changedTo = 'starting';
    // Answered already (answering a whole path is interview-branches.spec.ts's): the check opens at the review.
    await openInterviewWithSaved(page, before.answers, before.questions);
    await expect(reviewHeading(page)).toBeVisible();
    expect(await reviewedQuestions(page)).toEqual(before.questions);

    await page.locator(`.answer-list li[data-question="${start.id}"]`).getByRole('button', { name: /Change/ }).click();
    await expect(questionHeading(page, start.id)).toBeFocused();
    await expect(page.locator(`form[data-question="${start.id}"] input[value="in-production"]`)).toBeChecked();
    await expect(page.getByText('You are changing an answer.')).toBeVisible();
    await answerByMouse(page, start.id, [changedTo]);

    // Answer whatever the new branch asks (its first option) until the review returns.
    const askedAfterChange: string[] = [];
    for (let i = 0; i < questions.length && !(await reviewHeading(page).isVisible()); i++) {
      const form = page.locator('form[data-question]');
      await expect(form.or(reviewHeading(page))).toBeVisible();
      if (await reviewHeading(page).isVisible()) break;
      const id = (await form.getAttribute('data-question'))!;
      askedAfterChange.push(id);
      await expect(page.locator('.progress')).toContainText('This question is new after your change.');
      await answerByMouse(page, id, [byId.get(id)!.options[0]!.id]);
    }
    await expect(reviewHeading(page)).toBeFocused();

    const after = await reviewedQuestions(page);
    const saved = await savedInterview(page);
    const removed = before.questions.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.questions.includes(id));
    expect(removed.length, 'the change drops questions').toBeGreaterThan(0);
    expect(added.length, 'the change brings new questions').toBeGreaterThan(0);
    expect(askedAfterChange).toEqual(added);
    expect(saved.path).toEqual(after);
    expect(Object.keys(saved.answers).sort()).toEqual([...after].sort());
    expect(saved.answers[start.id]).toEqual([changedTo]);
    expect(followAnswers(questions, saved.answers)).toMatchObject({ path: after, complete: true });
    for (const id of after.filter((q) => !added.includes(q) && q !== start.id)) expect(saved.answers[id]).toEqual(before.answers[id]);
    await expect(page.locator('.progress')).toContainText(
      `Your change removed ${removed.length} question${removed.length === 1 ? '' : 's'} that no longer apply`,
    );
    expect(errors).toEqual([]);
  });
});

test.describe('corrupt saved progress', () => {
  // One value the page cannot read and one it reads in part, each with markup and, for the second, a prototype
  // key: every kind of corrupt value, and where the interview resumes after it, is in test/unit/stores/saved-interview.test.ts.
  const hostile = '<img src=x onerror="window.__pwned=1">';
  const cases: [string, string, RegExp, string][] = [
    ['a bare string', JSON.stringify(hostile), /could not be read/, start.id],
    [
      'hostile ids and a prototype key',
      `{"answers":{"__proto__":{"polluted":true},"${hostile.replaceAll('"', '\\"')}":["x"]},"path":["${hostile.replaceAll('"', '\\"')}"]}`,
      /no longer fit/,
      start.id,
    ],
  ];

  for (const [name, value, message, resumesAt] of cases) {
    test(`${name}: a notice, and an interview that works`, async ({ page }) => {
      const errors = watchForErrors(page);
      page.on('dialog', (dialog) => errors.push(`native dialog: ${dialog.message()}`));
      // Stored from the landing page, which only reads the saved interview, so nothing overwrites it before the check opens.
      await page.goto('');
      await page.evaluate(([key, stored]) => localStorage.setItem(key!, stored!), [SAVED_KEY, value]);
      await page.goto('check/');
      await waitForInterview(page);
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      const form = page.locator(`form[data-question="${resumesAt}"]`);
      await expect(form).toBeVisible();
      await answerByMouse(page, resumesAt, [byId.get(resumesAt)!.options[0]!.id]);
      await expect(page.locator('form[data-question]')).not.toHaveAttribute('data-question', resumesAt);
      expect((await savedInterview(page)).path.at(-1)).toBe(resumesAt);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('status').filter({ hasText: message })).toBeHidden();
      expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: number }).__pwned, polluted: ({} as { polluted?: boolean }).polluted }))).toEqual({});
      expect(await page.locator('img').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
