import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExport, addRejection, createCohort, learnerKey } from '../../../src/lib/cohort/learners';
import { exportFile } from './exports';

describe('learnerKey', () => {
  it('folds case, spacing and Unicode composition of the name', () => {
    expect(learnerKey('  Zoé   Martin ', 'a.json')).toBe(learnerKey('zoe\u0301 martin', 'b.json'));
    expect(learnerKey('Zoé', 'a.json')).not.toBe(learnerKey('Zoe', 'a.json'));
  });

  it('keys a learner without a name by the file name', () => {
    expect(learnerKey('  ', 'x.json')).toBe('file:x.json');
    expect(learnerKey('', 'x.json')).not.toBe(learnerKey('', 'y.json'));
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
    const camille = cohort.learners.get(learnerKey('Camille', ''))!;
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
    addRejection(cohort, 'big.json', { kind: 'too-big', size: 50_000_000, max: 5_000_000 });
    addRejection(cohort, 'x.txt', { kind: 'invalid', problem: { key: 'problem.notJson' } });
    expect(cohort.rejected.map((r) => r.file)).toEqual(['big.json', 'x.txt']);
  });
});
