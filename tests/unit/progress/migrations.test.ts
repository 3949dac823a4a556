import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from '../../../src/lib/progress/migrations';
import { parseStoredProgress } from '../../../src/lib/progress/parse-stored';
import { PROGRESS_VERSION } from '../../../src/lib/progress/state';
import { at, fixture } from './helpers';
import { inEnglish } from './words';

const NOW = at(0);
const T = NOW.toISOString();

describe('migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(PROGRESS_VERSION);
  });

  it('turns the version-0 prototype value into version 1, dated now', () => {
    const result = parseStoredProgress(fixture('stored-v0.json'), NOW);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.migrated).toBe(true);
    expect(JSON.parse(JSON.stringify(result.state))).toEqual({
      version: 1,
      displayName: '',
      lessons: {
        discounting: { status: 'done', startedAt: T, completedAt: T, updatedAt: T },
        'what-is-roi': { status: 'done', startedAt: T, completedAt: T, updatedAt: T },
      },
      quizzes: {
        'kpi-basics': { attempts: [{ at: T, score: 40, max: 100, percent: 40, passed: false, durationMs: 0, answers: [] }] },
        'roi-basics': { attempts: [{ at: T, score: 80, max: 100, percent: 80, passed: true, durationMs: 0, answers: [] }] },
      },
      updatedAt: T,
    });
  });

  it('refuses a malformed version-0 value with a reason', () => {
    const reason = (raw: string) => {
      const parsed = parseStoredProgress(raw, NOW);
      return parsed.kind === 'corrupt' ? inEnglish(parsed.problem) : parsed.kind;
    };
    expect(reason('{"completed":"what-is-roi","scores":{}}')).toBe('completed: expected a list');
    expect(reason('{"completed":["__proto__"],"scores":{}}')).toBe('forbidden key "__proto__" at lessons');
    expect(reason('{"completed":["Not A Slug"],"scores":{}}')).toMatch(/^lessons\["Not A Slug"\]: ids are lowercase/);
  });

  it('reports newer versions without migrating, and refuses non-integer versions', () => {
    expect(migrateToCurrent({ version: 2 }, NOW)).toEqual({ kind: 'newer', version: 2 });
    for (const version of ['1', 1.5, 0, -1, null]) {
      expect(migrateToCurrent({ version }, NOW)).toEqual({ kind: 'invalid', problem: { key: 'problem.badVersion' } });
    }
    for (const value of [[], null, 'x', 3])
      expect(migrateToCurrent(value, NOW)).toEqual({ kind: 'invalid', problem: { key: 'problem.notObject' } });
  });

  it('leaves a current value as it is', () => {
    const value = { version: 1 };
    expect(migrateToCurrent(value, NOW)).toEqual({ kind: 'current', value });
  });
});
