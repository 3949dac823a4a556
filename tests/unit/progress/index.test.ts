import { describe, expect, it } from 'vitest';
import * as progress from '../../../src/lib/progress';
import * as quiz from '../../../src/lib/quiz';

describe('public entry points', () => {
  it('expose the documented functions', () => {
    for (const name of [
      'readProgress',
      'writeProgress',
      'mergeProgress',
      'parseExportFile',
      'planImport',
      'toExportFile',
      'certificateCode',
      'trackCompletion',
      'applyStorageEvent',
    ]) {
      expect(typeof (progress as Record<string, unknown>)[name]).toBe('function');
    }
    for (const name of ['scoreQuestion', 'scoreQuiz', 'shuffle', 'arrangeQuiz', 'parseLocaleNumber', 'quizErrorLines']) {
      expect(typeof (quiz as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
