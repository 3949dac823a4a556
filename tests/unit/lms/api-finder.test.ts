import { describe, expect, it } from 'vitest';
import { findApi, type WindowLike } from '../../../src/lib/lms/api-finder';

/** A chain of windows, top first; `api` is set on the level named. */
function chain(levels: number, api?: { at: number; name: 'API' | 'API_1484_11' }): WindowLike[] {
  const wins: (WindowLike & Record<string, unknown>)[] = [];
  for (let k = 0; k < levels; k += 1) {
    const win: WindowLike & Record<string, unknown> = { parent: null };
    (win as { parent: WindowLike | null }).parent = k === 0 ? win : wins[k - 1]!;
    if (api?.at === k) win[api.name] = { name: api.name, level: k };
    wins.push(win);
  }
  return wins;
}

describe('findApi', () => {
  it('walks up the parents to the top, the nearest first', () => {
    const wins = chain(5, { at: 1, name: 'API' });
    expect(findApi(wins[4]!, 'API')).toEqual({ name: 'API', level: 1 });
    expect(findApi(wins[4]!, 'API_1484_11')).toBeUndefined();
  });

  it('then looks in the opener and its parents (an LMS that launches in a pop-up)', () => {
    const lms = chain(3, { at: 0, name: 'API_1484_11' });
    const popup: WindowLike = { parent: null, opener: lms[2]! };
    (popup as { parent: WindowLike }).parent = popup;
    expect(findApi(popup, 'API_1484_11')).toEqual({ name: 'API_1484_11', level: 0 });
  });

  it('skips windows of another origin, which throw when read', () => {
    const top = chain(1, { at: 0, name: 'API' })[0]!;
    const foreign = new Proxy({ parent: top } as WindowLike, {
      get: (target, key) => {
        if (key === 'parent') return target.parent;
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const page: WindowLike = { parent: foreign };
    expect(findApi(page, 'API')).toEqual({ name: 'API', level: 0 });
  });

  it('returns nothing without an LMS, and ends on a loop', () => {
    const looped: WindowLike = { parent: null };
    const other: WindowLike = { parent: looped };
    (looped as { parent: WindowLike }).parent = other;
    expect(findApi(looped, 'API')).toBeUndefined();
    expect(findApi(chain(3)[2]!, 'API')).toBeUndefined();
  });
});
