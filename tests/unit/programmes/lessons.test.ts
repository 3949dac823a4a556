import { describe, expect, it } from 'vitest';
import { programmeLessons } from '../../../src/lib/programmes/lessons';

describe('programmeLessons', () => {
  it('lists each lesson once, where the agenda first takes it up', () => {
    expect(programmeLessons([{ lessons: ['b', 'a'] }, { lessons: [] }, { lessons: ['c', 'b'] }])).toEqual(['b', 'a', 'c']);
  });
  it('is empty for a programme of exercises only', () => {
    expect(programmeLessons([{ lessons: [] }])).toEqual([]);
  });
});
