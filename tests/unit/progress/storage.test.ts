import { describe, expect, it } from 'vitest';
import { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from '../../../src/lib/progress/mutators';
import { emptyProgress } from '../../../src/lib/progress/state';
import { applyStorageEvent } from '../../../src/lib/progress/storage-event';
import { BACKUP_PREFIX, listBackups, PROGRESS_KEY, readProgress, writeProgress } from '../../../src/lib/progress/storage';
import { anyLearnerId, at, fixture, freshState, MemoryStorage } from './helpers';
import { inEnglish } from './words';

const NOW = at(0);
const BACKUP_KEY = `${BACKUP_PREFIX}2025-03-10T00:00:00.000Z`;

describe('readProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(readProgress(new MemoryStorage(), NOW)).toEqual({ state: freshState(NOW) });
  });

  it('reads a version-1 value: everything kept, a learner id given once and saved at once', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: fixture('stored-v1.json') });
    const { state, notice } = readProgress(storage, NOW);
    expect(notice).toBeUndefined();
    expect(state.displayName).toBe('Camille Martin');
    expect(state.lessons['what-is-roi']?.status).toBe('done');
    expect(JSON.parse(JSON.stringify(state))).toEqual({ ...JSON.parse(fixture('stored-v1.json')), version: 2, learnerId: anyLearnerId() });
    expect(readProgress(storage, at(60)).state.learnerId).toBe(state.learnerId);
  });

  it('migrates a version-0 value and saves the migration', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: fixture('stored-v0.json') });
    const { state, notice } = readProgress(storage, NOW);
    expect(notice).toBeUndefined();
    expect(Object.keys(state.lessons)).toEqual(['discounting', 'what-is-roi']);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toEqual(JSON.parse(JSON.stringify(state)));
    expect(readProgress(storage, at(60)).state).toEqual(state);
  });

  it('copies an unreadable value aside, tells why, and starts afresh', () => {
    const raw = fixture('stored-corrupted.txt');
    const storage = new MemoryStorage({ [PROGRESS_KEY]: raw });
    const { state, notice } = readProgress(storage, NOW);
    expect(state).toEqual(freshState(NOW));
    expect(notice).toMatchObject({ kind: 'recovered', backupKey: BACKUP_KEY });
    expect(notice?.kind === 'recovered' && inEnglish(notice.problem)).toBe('not valid JSON, perhaps truncated');
    expect(storage.dump()).toEqual({ [BACKUP_KEY]: raw });
  });

  it('copies aside a value that parses but does not validate, with the precise reason', () => {
    const raw = JSON.stringify({
      version: 1,
      displayName: 'x',
      lessons: {},
      quizzes: { 'roi-basics': { attempts: [{ at: 'yesterday' }] } },
      updatedAt: NOW.toISOString(),
    });
    const { notice } = readProgress(new MemoryStorage({ [PROGRESS_KEY]: raw }), NOW);
    expect(notice).toMatchObject({ kind: 'recovered', backupKey: BACKUP_KEY });
    expect(notice?.kind === 'recovered' && inEnglish(notice.problem)).toBe(
      'quizzes.roi-basics.attempts[0].at: expected a date and time such as 2025-03-01T09:30:00.000Z (and 6 more problems)',
    );
  });

  it('never reuses a backup key', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: 'oops', [BACKUP_KEY]: 'older' });
    expect(readProgress(storage, NOW).notice).toMatchObject({ backupKey: `${BACKUP_KEY}-2` });
    expect(storage.getItem(BACKUP_KEY)).toBe('older');
  });

  it('leaves an unreadable value untouched when it cannot be copied aside', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: 'oops' });
    storage.failSet = 'quota';
    expect(readProgress(storage, NOW).notice).toEqual({ kind: 'unreadable', problem: { key: 'problem.notJson' } });
    expect(storage.dump()).toEqual({ [PROGRESS_KEY]: 'oops' });
  });

  it('reports a value from a newer version and leaves it alone', () => {
    const newer = JSON.stringify({ version: 7, everything: 'different' });
    const storage = new MemoryStorage({ [PROGRESS_KEY]: newer });
    expect(readProgress(storage, NOW)).toEqual({ state: freshState(NOW), notice: { kind: 'newer', version: 7 } });
    expect(storage.dump()).toEqual({ [PROGRESS_KEY]: newer });
  });

  it('works in memory when storage throws or is missing', () => {
    const storage = new MemoryStorage();
    storage.failGet = true;
    expect(readProgress(storage, NOW)).toEqual({ state: freshState(NOW), notice: { kind: 'unavailable' } });
    expect(readProgress(null, NOW)).toEqual({ state: freshState(NOW), notice: { kind: 'unavailable' } });
  });
});

describe('writeProgress', () => {
  it('saves and reads back the same state', () => {
    const storage = new MemoryStorage();
    const state = markDone(setDisplayName(emptyProgress(NOW), 'Ana', at(1)), 'what-is-roi', at(2));
    expect(writeProgress(storage, state, at(3))).toEqual({ kind: 'ok', state });
    expect(readProgress(storage, at(4)).state).toEqual(state);
  });

  it('merges with what another tab saved (read-merge-write)', () => {
    const storage = new MemoryStorage();
    const tabA = readProgress(storage, NOW).state;
    const tabB = readProgress(storage, NOW).state;
    writeProgress(storage, markDone(tabA, 'what-is-roi', at(1)), at(1));
    const result = writeProgress(storage, markStarted(tabB, 'kpis', at(2)), at(2));
    expect(result.kind === 'ok' && Object.keys(result.state.lessons)).toEqual(['kpis', 'what-is-roi']);
    expect(Object.keys(readProgress(storage, at(3)).state.lessons)).toEqual(['kpis', 'what-is-roi']);
  });

  it('refuses to overwrite a value from a newer version', () => {
    const newer = JSON.stringify({ version: 3 });
    const storage = new MemoryStorage({ [PROGRESS_KEY]: newer });
    expect(writeProgress(storage, emptyProgress(NOW), NOW)).toEqual({ kind: 'newer', version: 3 });
    expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
  });

  it('backs up a value that became unreadable before overwriting it', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: '{"version":1' });
    const state = markStarted(emptyProgress(NOW), 'kpis', NOW);
    expect(writeProgress(storage, state, NOW)).toEqual({ kind: 'ok', state, backupKey: BACKUP_KEY });
    expect(storage.getItem(BACKUP_KEY)).toBe('{"version":1');
  });

  it('reports a full storage as quota and a failing one as unavailable', () => {
    const storage = new MemoryStorage();
    storage.failSet = 'quota';
    expect(writeProgress(storage, emptyProgress(NOW), NOW)).toEqual({ kind: 'quota' });
    storage.failSet = 'security';
    expect(writeProgress(storage, emptyProgress(NOW), NOW)).toEqual({ kind: 'unavailable' });
    storage.failGet = true;
    expect(writeProgress(storage, emptyProgress(NOW), NOW)).toEqual({ kind: 'unavailable' });
    expect(writeProgress(null, emptyProgress(NOW), NOW)).toEqual({ kind: 'unavailable' });
    expect(storage.length).toBe(0);
  });

  it('makes a reset stick even when a stale tab writes afterwards', () => {
    const storage = new MemoryStorage();
    const stale = markDone(emptyProgress(NOW), 'what-is-roi', at(1));
    writeProgress(storage, stale, at(1));
    writeProgress(storage, resetProgress(stale, at(5)), at(5));
    const afterStale = writeProgress(
      storage,
      recordAttempt(stale, 'roi-basics', {
        at: at(2).toISOString(),
        score: 1,
        max: 1,
        percent: 100,
        passed: true,
        durationMs: 0,
        answers: [],
      }),
      at(6),
    );
    expect(afterStale.kind === 'ok' && afterStale.state.lessons).toEqual({});
    expect(readProgress(storage, at(7)).state).toMatchObject({ lessons: {}, quizzes: {}, resetAt: at(5).toISOString() });
  });
});

describe('applyStorageEvent', () => {
  const mine = markStarted(emptyProgress(NOW), 'kpis', at(1));

  it('merges what another tab saved', () => {
    const theirs = JSON.stringify(markDone(emptyProgress(NOW), 'what-is-roi', at(2)));
    expect(Object.keys(applyStorageEvent(mine, PROGRESS_KEY, theirs, at(3)).lessons)).toEqual(['kpis', 'what-is-roi']);
  });

  it('ignores other keys, removals and unreadable values', () => {
    expect(applyStorageEvent(mine, 'other', '{}', NOW)).toBe(mine);
    expect(applyStorageEvent(mine, PROGRESS_KEY, null, NOW)).toBe(mine);
    expect(applyStorageEvent(mine, null, null, NOW)).toBe(mine);
    expect(applyStorageEvent(mine, PROGRESS_KEY, '{"version":1', NOW)).toBe(mine);
  });
});

describe('listBackups', () => {
  it('lists backup keys only, oldest first', () => {
    const storage = new MemoryStorage({
      [`${BACKUP_PREFIX}2025-03-10T00:00:00.000Z`]: 'b',
      [PROGRESS_KEY]: '{}',
      [`${BACKUP_PREFIX}2025-01-01T00:00:00.000Z`]: 'a',
      other: 'x',
    });
    expect(listBackups(storage)).toEqual([`${BACKUP_PREFIX}2025-01-01T00:00:00.000Z`, `${BACKUP_PREFIX}2025-03-10T00:00:00.000Z`]);
    expect(listBackups(null)).toEqual([]);
  });
});
