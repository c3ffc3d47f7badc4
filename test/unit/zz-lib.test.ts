import { test } from 'vitest';
import { loadLibraryFromDisk } from '../fixtures/content';
test('x', () => { loadLibraryFromDisk(); });
