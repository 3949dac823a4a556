import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from '../../../src/lib/progress/migrations';
import { parseStoredProgress } from '../../../src/lib/progress/parse-stored';
import { PROGRESS_VERSION } from '../../../src/lib/progress/state';
import { anyLearnerId, at, fixture } from './helpers';
import { inEnglish } from './words';

const NOW = at(0);
const T = NOW.toISOString();

describe('migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(PROGRESS_VERSION);
  });

  it('turns the version-0 prototype value into the current version, dated now, under a new learner id', () => {
    const result = parseStoredProgress(fixture('stored-v0.json'), NOW);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.migrated).toBe(true);
    expect(JSON.parse(JSON.stringify(result.state))).toEqual({
      version: 2,
      learnerId: anyLearnerId(),
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
    expect(migrateToCurrent({ version: 3 }, NOW)).toEqual({ kind: 'newer', version: 3 });
    for (const version of ['1', 1.5, 0, -1, null]) {
      expect(migrateToCurrent({ version }, NOW)).toEqual({ kind: 'invalid', problem: { key: 'problem.badVersion' } });
    }
    for (const value of [[], null, 'x', 3])
      expect(migrateToCurrent(value, NOW)).toEqual({ kind: 'invalid', problem: { key: 'problem.notObject' } });
  });

  it('leaves a current value as it is', () => {
    const value = { version: 2, learnerId: 'f'.repeat(32) };
    expect(migrateToCurrent(value, NOW)).toEqual({ kind: 'current', value });
  });

  it('gives each version-1 store its own learner id, and changes nothing else', () => {
    const v1 = JSON.parse(fixture('stored-v1.json')) as Record<string, unknown>;
    const [a, b] = [migrateToCurrent(v1, NOW), migrateToCurrent(v1, NOW)];
    expect(a).toEqual({ kind: 'current', value: { ...v1, version: 2, learnerId: anyLearnerId() } });
    expect(a.kind === 'current' && b.kind === 'current' && (a.value as { learnerId: string }).learnerId).not.toBe((b as { value: { learnerId: string } }).value.learnerId);
  });
});
