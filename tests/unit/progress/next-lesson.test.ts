import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, markDone, markStarted, nextLesson } from '../../../src/lib/progress';

const ORDER = ['a', 'b', 'c', 'd'];
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

describe('nextLesson', () => {
  it('suggests nothing before the learner starts', () => {
    expect(nextLesson(ORDER, emptyProgress(at(0)))).toBeNull();
  });
  it('suggests the lesson started most recently and not done', () => {
    let s = markStarted(emptyProgress(at(0)), 'c', at(1));
    s = markStarted(s, 'a', at(2));
    expect(nextLesson(ORDER, s)).toBe('a');
    s = markDone(s, 'a', at(3));
    expect(nextLesson(ORDER, s)).toBe('c');
  });
  it('after a completion with nothing open, suggests the next lesson not done, wrapping round', () => {
    let s = markDone(markStarted(emptyProgress(at(0)), 'b', at(1)), 'b', at(2));
    expect(nextLesson(ORDER, s)).toBe('c');
    s = markDone(markStarted(s, 'd', at(3)), 'd', at(4));
    expect(nextLesson(ORDER, s)).toBe('a');
  });
  it('suggests nothing when everything is done, and ignores lessons not in the curriculum', () => {
    let s = emptyProgress(at(0));
    ORDER.forEach((slug, i) => (s = markDone(markStarted(s, slug, at(i + 1)), slug, at(i + 1))));
    expect(nextLesson(ORDER, s)).toBeNull();
    expect(nextLesson(ORDER, markStarted(emptyProgress(at(0)), 'gone', at(1)))).toBeNull();
  });
  it('always returns a curriculum lesson that is not done, or null', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ORDER, 'x'), fc.boolean(), fc.integer({ min: 0, max: 59 }))), (steps) => {
        let s = emptyProgress(at(0));
        for (const [slug, done, minute] of steps) s = done ? markDone(s, slug, at(minute)) : markStarted(s, slug, at(minute));
        const next = nextLesson(ORDER, s);
        if (next !== null) {
          expect(ORDER).toContain(next);
          expect(s.lessons[next]?.status).not.toBe('done');
        }
      }),
    );
  });
});
