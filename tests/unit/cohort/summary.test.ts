import { describe, expect, it } from 'vitest';
import { addExport, createCohort } from '../../../src/lib/cohort/learners';
import { completion, itemStats, learnerRow, orderedIds, share } from '../../../src/lib/cohort/summary';
import { exportFile } from './exports';

const T1 = '2025-03-03T10:00:00.000Z';
const T2 = '2025-03-04T10:00:00.000Z';

function cohortOf() {
  const cohort = createCohort();
  addExport(cohort, 'ana.json', exportFile({
    name: 'Ana',
    done: ['l1', 'l2'],
    started: ['l3'],
    quizzes: { q: [[T1, 40, false, { a: false, b: true }], [T2, 90, true, { a: true, b: true }]], r: [[T1, 30, false, { x: false }]] },
  }));
  addExport(cohort, 'bo.json', exportFile({ name: 'Bo', done: ['l1'], quizzes: { q: [[T1, 70, true, { a: false, b: true }]] } }));
  addExport(cohort, 'cy.json', exportFile({ name: 'Cy' }));
  return [...cohort.learners.values()];
}

describe('learnerRow', () => {
  it('counts lessons done and quizzes passed, keeps the best score and the latest activity', () => {
    const [ana, , cy] = cohortOf().map(learnerRow);
    expect(ana!.lessonsDone).toBe(2);
    expect(ana!.quizzesPassed).toBe(1);
    expect(Object.fromEntries(ana!.bestScores)).toEqual({ q: 90, r: 30 });
    expect(ana!.lastActivity).toBe(T2);
    expect(cy!.lastActivity).toBeNull();
    expect(cy!.bestScores.size).toBe(0);
  });
});

describe('completion', () => {
  it('counts learners per lesson and quiz, listing the site’s own ids first, then others found in files', () => {
    const result = completion(cohortOf(), ['l2', 'l1', 'l9'], ['q']);
    expect(result.learners).toBe(3);
    expect(result.lessons).toEqual([
      { id: 'l2', done: 1 },
      { id: 'l1', done: 2 },
      { id: 'l9', done: 0 },
      { id: 'l3', done: 0 },
    ]);
    expect(result.quizzes).toEqual([
      { id: 'q', attempted: 2, passed: 2 },
      { id: 'r', attempted: 1, passed: 0 },
    ]);
  });

  it('is empty but well formed for no learners', () => {
    expect(completion([], ['l1'], [])).toEqual({ learners: 0, lessons: [{ id: 'l1', done: 0 }], quizzes: [] });
  });
});

describe('itemStats', () => {
  it('uses each learner’s latest attempt and lists the least successful questions first', () => {
    expect(itemStats(cohortOf())).toEqual([
      { quizId: 'q', items: [{ questionId: 'a', answered: 2, correct: 1 }, { questionId: 'b', answered: 2, correct: 2 }] },
      { quizId: 'r', items: [{ questionId: 'x', answered: 1, correct: 0 }] },
    ]);
  });
});

describe('helpers', () => {
  it('orders ids: known first, then the rest sorted, no duplicates', () => {
    expect(orderedIds(['b', 'a'], ['z', 'a', 'c', 'z'])).toEqual(['b', 'a', 'c', 'z']);
  });

  it('never divides by zero', () => {
    expect(share(0, 0)).toBe(0);
    expect(share(1, 4)).toBe(0.25);
  });
});
