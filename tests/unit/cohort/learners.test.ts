import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExport, addRejection, createCohort, learnerKey } from '../../../src/lib/cohort/learners';
import { exportFile } from './exports';

const named = (displayName: string) => ({ displayName });
const ID_A = 'a'.repeat(32);
const ID_B = 'b'.repeat(32);

describe('learnerKey', () => {
  it('is the learner id when the file has one, whatever the name', () => {
    expect(learnerKey({ learnerId: ID_A, displayName: 'Marie' }, 'a.json')).toBe(learnerKey({ learnerId: ID_A, displayName: 'Marie Dupont' }, 'b.json'));
    expect(learnerKey({ learnerId: ID_A, displayName: 'Marie' }, 'a.json')).not.toBe(learnerKey({ learnerId: ID_B, displayName: 'Marie' }, 'a.json'));
  });

  it('for files from before learner ids, folds case, spacing and Unicode composition of the name', () => {
    expect(learnerKey(named('  Zoé   Martin '), 'a.json')).toBe(learnerKey(named('zoe\u0301 martin'), 'b.json'));
    expect(learnerKey(named('Zoé'), 'a.json')).not.toBe(learnerKey(named('Zoe'), 'a.json'));
  });

  it('keys a learner without an id or a name by the file name', () => {
    expect(learnerKey(named('  '), 'x.json')).toBe('file:x.json');
    expect(learnerKey(named(''), 'x.json')).not.toBe(learnerKey(named(''), 'y.json'));
  });
});

describe('learners are people, not names', () => {
  it('two learners called Marie Martin stay two; a learner who renamed herself stays one', () => {
    const cohort = createCohort();
    addExport(cohort, 'marie-1.json', exportFile({ id: ID_A, name: 'Marie Martin', done: ['a'] }));
    addExport(cohort, 'marie-2.json', exportFile({ id: ID_B, name: 'Marie Martin', done: ['b'] }));
    addExport(cohort, 'marie-1-renamed.json', exportFile({ id: ID_A, name: 'Marie Martin-Roche', exportedAt: '2025-04-01T10:00:00.000Z', done: ['c'] }));
    expect(cohort.learners.size).toBe(2);
    const first = cohort.learners.get(`id:${ID_A}`)!;
    expect(first.displayName).toBe('Marie Martin-Roche');
    expect(first.learnerId).toBe(ID_A);
    expect(Object.keys(first.lessons).sort()).toEqual(['a', 'c']);
    expect(Object.keys(cohort.learners.get(`id:${ID_B}`)!.lessons)).toEqual(['b']);
  });
});

describe('addExport', () => {
  it('keeps one record per learner and merges a second export of the same learner', () => {
    const cohort = createCohort();
    addExport(cohort, 'old.json', exportFile({ name: 'camille', exportedAt: '2025-03-01T10:00:00.000Z', done: ['a'], started: ['b'] }));
    addExport(cohort, 'new.json', exportFile({ name: 'Camille', exportedAt: '2025-03-05T10:00:00.000Z', done: ['b'] }));
    addExport(cohort, 'other.json', exportFile({ name: 'Dominique', done: ['a'] }));
    expect(cohort.learners.size).toBe(2);
    expect(cohort.merged).toBe(1);
    expect(cohort.accepted).toBe(3);
    const camille = cohort.learners.get(learnerKey(named('Camille'), ''))!;
    expect(camille.displayName).toBe('Camille');
    expect(camille.files).toEqual(['old.json', 'new.json']);
    expect(camille.exportedAt).toBe('2025-03-05T10:00:00.000Z');
    expect(Object.keys(camille.lessons).sort()).toEqual(['a', 'b']);
    expect(camille.lessons['b']!.status).toBe('done');
  });

  it('keeps the newest spelling of the name whatever the order of the files', () => {
    const older = exportFile({ name: 'camille', exportedAt: '2025-03-01T10:00:00.000Z' });
    const newer = exportFile({ name: 'Camille', exportedAt: '2025-03-05T10:00:00.000Z' });
    for (const order of [[older, newer], [newer, older]]) {
      const cohort = createCohort();
      order.forEach((file, i) => addExport(cohort, `${i}.json`, file));
      expect([...cohort.learners.values()][0]!.displayName).toBe('Camille');
    }
  });

  it('adding the same file twice changes nothing but the file list', () => {
    fc.assert(
      fc.property(fc.constantFrom('Ana', 'Bo', ''), fc.subarray(['a', 'b', 'c']), fc.boolean(), (name, done, passed) => {
        const file = exportFile({ name, done, quizzes: { q: [['2025-03-03T10:00:00.000Z', passed ? 80 : 40, passed, { q1: passed }]] } });
        const once = createCohort();
        addExport(once, 'f.json', file);
        const twice = createCohort();
        addExport(twice, 'f.json', file);
        addExport(twice, 'f.json', file);
        const [a] = [...once.learners.values()];
        const [b] = [...twice.learners.values()];
        expect(twice.learners.size).toBe(1);
        expect({ ...b!, files: [] }).toEqual({ ...a!, files: [] });
      }),
    );
  });

  it('lists rejections in order', () => {
    const cohort = createCohort();
    addRejection(cohort, 'big.json', { kind: 'unreadable' });
    addRejection(cohort, 'x.txt', { kind: 'invalid', problem: { key: 'problem.notJson' } });
    expect(cohort.rejected.map((r) => r.file)).toEqual(['big.json', 'x.txt']);
  });
});
