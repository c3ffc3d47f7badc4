import { atom } from 'nanostores';
import { describe, expect, test } from 'vitest';
import { reportCompletion } from '../../../src/embed/frame-completion';
import { reportSteps } from '../../../src/embed/frame-steps';
import { completedMessage, stepMessage, type FrameMessage } from '../../../src/embed/protocol';
import { firstView, type InterviewView } from '../../../src/interview/interview-view';
import { FINISHED } from '../../../src/questionnaire/branches';
import { loadQuestionsFromDisk } from '../../fixtures/content';

const questions = loadQuestionsFromDisk();
const at = (step: string): InterviewView => ({ ...firstView(questions), step });

function watched(start: InterviewView | null) {
  const interview = atom<InterviewView | null>(start);
  const sent: FrameMessage[] = [];
  return { interview, sent, send: (m: FrameMessage) => sent.push(m) };
}

describe('reportSteps', () => {
  test('posts a step each time the current step changes, never on opening or when the step stays', () => {
    const { interview, sent, send } = watched(null);
    reportSteps(interview, send);
    interview.set(at(questions[0]!.id));
    expect(sent).toEqual([]);
    interview.set({ ...at(questions[0]!.id), answers: { [questions[0]!.id]: [questions[0]!.options[0]!.id] } });
    expect(sent).toEqual([]);
    interview.set(at(questions[1]!.id));
    interview.set(at(FINISHED));
    expect(sent).toEqual([stepMessage(), stepMessage()]);
  });
});

describe('reportCompletion', () => {
  test('posts completed once, when the interview reaches the review after opening elsewhere', () => {
    const { interview, sent, send } = watched(null);
    reportCompletion(interview, send);
    interview.set(at(questions[0]!.id));
    interview.set(at(FINISHED));
    interview.set(at(questions[0]!.id));
    interview.set(at(FINISHED));
    expect(sent).toEqual([completedMessage()]);
  });

  test('posts nothing when the page opens at the review: the host already heard of that completion', () => {
    const { interview, sent, send } = watched(at(FINISHED));
    reportCompletion(interview, send);
    interview.set(at(questions[0]!.id));
    interview.set(at(FINISHED));
    expect(sent).toEqual([]);
  });
});
