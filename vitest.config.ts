import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/model/**/*.test.ts', 'test/build/**/*.test.ts'],
    // The model tests walk every path and 10,000 random answer sets: minutes of CPU on a busy 2-core machine.
    testTimeout: 240_000,
    // Workers are reused from file to file instead of one per file: about a quarter of the CPU time goes
    // otherwise to starting workers and importing the same modules again. The tests set the state they use
    // (stores reset in beforeEach, saved-interview.test.ts re-imports its modules), and pass with files and
    // tests shuffled (vitest run --sequence.shuffle.files --sequence.shuffle.tests).
    isolate: false,
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine, a single worker and the
    // other core idle. The model tests are CPU-bound and independent, so use both.
    maxWorkers: 2,
  },
});
