import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearnerRow } from '../../../src/lib/cohort/summary';
import { csvQuizIds, filterRows, learnerCsvRows, nameLabel, nextSort, SORT_COLUMNS, sortRows, type Sort } from '../../../src/lib/cohort/table';

const row = (key: string, displayName: string, lessonsDone: number, lastActivity: string | null, best: Record<string, number> = {}): LearnerRow => ({
  key,
  displayName,
  files: 1,
  lessonsDone,
  quizzesPassed: lessonsDone % 2,
  bestScores: new Map(Object.entries(best)),
  lastActivity,
});

const rows = [row('1', 'Émile', 3, '2025-03-02T00:00:00.000Z'), row('2', 'ana', 1, null), row('3', 'Zoé', 5, '2025-03-09T00:00:00.000Z')];

describe('sortRows', () => {
  it('sorts names with the language’s collation, ignoring case and accents', () => {
    expect(sortRows(rows, 'name', 'ascending', 'fr-FR').map((r) => r.displayName)).toEqual(['ana', 'Émile', 'Zoé']);
  });

  it('sorts by numbers and by activity, no activity being the oldest', () => {
    expect(sortRows(rows, 'lessons', 'descending', 'en-GB').map((r) => r.key)).toEqual(['3', '1', '2']);
    expect(sortRows(rows, 'activity', 'ascending', 'en-GB').map((r) => r.key)).toEqual(['2', '1', '3']);
  });

  it('returns a permutation, reversed by the other direction when values differ', () => {
    const arb = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1 }), n: fc.nat(50) }), { selector: (r) => r.key, maxLength: 20 });
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((s) => row(s.key, s.key, s.n, null));
        const up = sortRows(list, 'lessons', 'ascending', 'en-GB');
        const down = sortRows(list, 'lessons', 'descending', 'en-GB');
        expect(up.map((r) => r.key).sort()).toEqual(list.map((r) => r.key).sort());
        expect(down.map((r) => r.key).sort()).toEqual(list.map((r) => r.key).sort());
        for (let i = 1; i < up.length; i++) expect(up[i]!.lessonsDone).toBeGreaterThanOrEqual(up[i - 1]!.lessonsDone);
        // Descending is ascending reversed, except that learners with equal values keep the same (key) order.
        const counts = (rs: LearnerRow[]) => rs.map((r) => r.lessonsDone);
        expect(counts(down)).toEqual(counts(up).reverse());
        const distinct = new Set(counts(list)).size === list.length;
        if (distinct) expect(down.map((r) => r.key)).toEqual(up.map((r) => r.key).reverse());
      }),
    );
  });
});

describe('filterRows', () => {
  it('matches part of the name ignoring case and accents', () => {
    expect(filterRows(rows, 'EMI').map((r) => r.key)).toEqual(['1']);
    expect(filterRows(rows, '  ')).toHaveLength(3);
    expect(filterRows(rows, 'nobody')).toEqual([]);
  });
});

describe('learnerCsvRows', () => {
  it('has a header, one line per learner and a best-score column per quiz', () => {
    const table = learnerCsvRows([row('1', 'Ana', 2, null, { q: 87.6 })], ['q', 'r'], {
      name: 'Name', id: 'ID', lessons: 'Lessons', quizzes: 'Quizzes', activity: 'Last', files: 'Files', quiz: (id) => `Best ${id}`,
    });
    expect(table).toEqual([
      ['Name', 'ID', 'Lessons', 'Quizzes', 'Last', 'Files', 'Best q', 'Best r'],
      ['Ana', '', 2, 0, '', 1, 88, ''],
    ]);
  });
});

describe('nextSort', () => {
  const sort = fc.record({ column: fc.constantFrom(...SORT_COLUMNS), direction: fc.constantFrom('ascending' as const, 'descending' as const) });

  it('turns the same column round, and two clicks on it come back', () => {
    fc.assert(
      fc.property(sort, (current: Sort) => {
        const once = nextSort(current, current.column);
        expect(once).toEqual({ column: current.column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' });
        expect(nextSort(once, current.column)).toEqual(current);
      }),
    );
  });

  it('starts another column A to Z for names, highest first for figures and dates', () => {
    expect(nextSort({ column: 'lessons', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    for (const column of ['lessons', 'quizzes', 'activity'] as const) {
      expect(nextSort({ column: 'name', direction: 'descending' }, column)).toEqual({ column, direction: 'descending' });
    }
  });
});

describe('nameLabel', () => {
  const id = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

  it('names a learner by their name, or by their file when they gave none (blank counts as none)', () => {
    expect(nameLabel({ displayName: 'Ana' }, 'ana.json', false)).toEqual({ key: 'plain', name: 'Ana' });
    expect(nameLabel({ displayName: '  ', learnerId: id }, 'x.json', true)).toEqual({ key: 'cohort.noName', vars: { file: 'x.json' } });
  });

  it('tells namesakes apart by the first six digits of their id, or by their file for files without one', () => {
    expect(nameLabel({ displayName: 'Marie Martin', learnerId: id }, 'm.json', true)).toEqual({
      key: 'cohort.namesake',
      vars: { name: 'Marie Martin', id: 'a1b2c3' },
    });
    expect(nameLabel({ displayName: 'Marie Martin' }, 'old-file.json', true)).toEqual({ key: 'cohort.namesake', vars: { name: 'Marie Martin', id: 'old-file.json' } });
  });
});

describe('csvQuizIds', () => {
  it('lists the attempted quizzes only, catalogue order first, then unknown ones as met', () => {
    const attempted = [row('1', 'A', 0, null, { b: 50, x: 10 }), row('2', 'B', 0, null, { a: 90 })];
    expect(csvQuizIds(['a', 'b', 'c'], attempted)).toEqual(['a', 'b', 'x']);
    expect(csvQuizIds(['a'], [])).toEqual([]);
  });
});
