import { describe, expect, it } from 'vitest';
import { exportFileName, toExportFile } from '../../../src/lib/progress/export-file';
import { planImport } from '../../../src/lib/progress/import-plan';
import { markDone, markStarted, recordAttempt, resetProgress, setDisplayName } from '../../../src/lib/progress/mutators';
import { parseExportFile } from '../../../src/lib/progress/parse-export';
import { emptyProgress } from '../../../src/lib/progress/state';
import { at, fixture } from './helpers';
import { inEnglish, inFrench } from './words';

const iso = (minutes: number) => at(minutes).toISOString();
const valid = () =>
  JSON.parse(fixture('valid-export-v1.json')) as Record<string, unknown> & {
    quizzes: { 'roi-basics': { attempts: Record<string, unknown>[] } };
  };
const reasonFor = (value: unknown) => {
  const result = parseExportFile(typeof value === 'string' ? value : JSON.stringify(value));
  return result.ok ? 'accepted' : inEnglish(result.problem);
};

describe('toExportFile', () => {
  it('writes the documented JSON shape', () => {
    const state = recordAttempt(
      markStarted(markDone(setDisplayName(emptyProgress(at(0)), 'Ana', at(1)), 'what-is-roi', at(2)), 'kpis', at(3)),
      'roi-basics',
      { at: iso(4), score: 3, max: 4, percent: 75, passed: true, durationMs: 5000, answers: [{ questionId: 'q1', correct: true }] },
    );
    expect(JSON.parse(JSON.stringify(toExportFile(state, at(5))))).toEqual({
      format: 'board-academy-progress',
      version: 2,
      exportedAt: iso(5),
      learnerId: state.learnerId,
      displayName: 'Ana',
      lessons: {
        kpis: { status: 'started', startedAt: iso(3), updatedAt: iso(3) },
        'what-is-roi': { status: 'done', startedAt: iso(2), completedAt: iso(2), updatedAt: iso(2) },
      },
      quizzes: {
        'roi-basics': {
          attempts: [
            { at: iso(4), score: 3, max: 4, percent: 75, passed: true, durationMs: 5000, answers: [{ questionId: 'q1', correct: true }] },
          ],
        },
      },
    });
    expect(exportFileName(at(5))).toBe('board-academy-progress-2025-03-10.json');
  });

  it('round-trips through parseExportFile', () => {
    const state = markDone(setDisplayName(emptyProgress(at(0)), 'Zoé <b>', at(1)), 'what-is-roi', at(2));
    const file = toExportFile(state, at(3));
    expect(parseExportFile(JSON.stringify(file, null, 2))).toEqual({ ok: true, data: file });
  });
});

describe('parseExportFile', () => {
  it('accepts the valid fixture', () => {
    const result = parseExportFile(fixture('valid-export-v1.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.quizzes['roi-basics']?.attempts).toHaveLength(3);
  });

  it.each([
    ['another format', { ...valid(), format: 'x' }, 'not a Board Academy progress file (format is "x")'],
    ['no format', { version: 1 }, 'not a Board Academy progress file (it has no format field)'],
    ['an array', [1, 2], 'not a Board Academy progress file (expected a JSON object)'],
    ['a string', '"board-academy-progress"', 'not a Board Academy progress file (expected a JSON object)'],
    ['version 0', { ...valid(), version: 0 }, 'version: expected 2 (and 1 more problem)'],
    ['version as text', { ...valid(), version: '1' }, 'version: expected 2 (and 1 more problem)'],
    ['version 2 without its learner id', { ...valid(), version: 2 }, 'learnerId: missing (expected text)'],
    ['a learner id that is not one', { ...valid(), version: 2, learnerId: 'Marie' }, 'learnerId: a learner id is 32 hexadecimal digits'],
    ['a learner id in a version 1 file', { ...valid(), learnerId: 'a'.repeat(32) }, 'unknown field "learnerId"'],
    [
      'no exportedAt',
      { ...valid(), exportedAt: undefined },
      'exportedAt: missing (expected a date and time such as 2025-03-01T09:30:00.000Z)',
    ],
    ['a long name', { ...valid(), displayName: 'x'.repeat(81) }, 'displayName: at most 80 characters'],
    ['lessons as a list', { ...valid(), lessons: [] }, 'lessons: expected an object'],
    ['an unknown field', { ...valid(), extra: true }, 'unknown field "extra"'],
    ['unknown fields', { ...valid(), extra: true, more: 1 }, 'unknown fields "extra" and "more"'],
    [
      'an unknown status',
      { ...valid(), lessons: { 'what-is-roi': { status: 'finished', startedAt: iso(1), updatedAt: iso(1) } } },
      'lessons.what-is-roi.status: expected "started" or "done"',
    ],
    [
      'done without completedAt',
      { ...valid(), lessons: { 'what-is-roi': { status: 'done', startedAt: iso(1), updatedAt: iso(1) } } },
      'lessons.what-is-roi: completedAt is required for a done lesson and not allowed for a started one',
    ],
    [
      'a bad slug',
      { ...valid(), lessons: { 'Bad Slug': { status: 'started', startedAt: iso(1), updatedAt: iso(1) } } },
      'lessons["Bad Slug"]: ids are lowercase words joined by hyphens',
    ],
    [
      'a constructor key',
      { ...valid(), quizzes: { constructor: { attempts: [] } } },
      'forbidden key "constructor" at quizzes',
    ],
  ])('refuses %s', (_label, value, reason) => {
    expect(reasonFor(value)).toBe(reason);
  });

  it('names the exact attempt field that is wrong', () => {
    const file = valid();
    file.quizzes['roi-basics'].attempts[2]!['score'] = '6';
    expect(reasonFor(file)).toBe('quizzes.roi-basics.attempts[2].score: expected a number');
    file.quizzes['roi-basics'].attempts[2]!['score'] = 7;
    expect(reasonFor(file)).toBe('quizzes.roi-basics.attempts[2]: score is more than max');
    file.quizzes['roi-basics'].attempts[2]!['score'] = 6;
    file.quizzes['roi-basics'].attempts[1]!['durationMs'] = 1.5;
    expect(reasonFor(file)).toBe('quizzes.roi-basics.attempts[1].durationMs: expected a whole number');
    file.quizzes['roi-basics'].attempts[1]!['durationMs'] = 1;
    file.quizzes['roi-basics'].attempts[0]!['answers'] = [{ questionId: '', correct: true }];
    expect(reasonFor(file)).toBe('quizzes.roi-basics.attempts[0].answers[0].questionId: must not be empty');
    file.quizzes['roi-basics'].attempts[0]!['answers'] = [];
    file.quizzes['roi-basics'].attempts[0]!['percent'] = 101;
    delete file.quizzes['roi-basics'].attempts[0]!['passed'];
    expect(reasonFor(file)).toBe('quizzes.roi-basics.attempts[0].percent: must be at most 100 (and 1 more problem)');
  });

  it('refuses a file from a newer version, saying which', () => {
    expect(reasonFor(fixture('export-newer-version.json'))).toBe(
      'made by a newer version (3) of Board Academy; update this site to import it',
    );
  });

  it('refuses the hostile fixture without touching Object.prototype', () => {
    expect(reasonFor(fixture('export-hostile.json'))).toBe('nested too deeply (more than 12 levels)');
    const shallow = fixture('export-hostile.json').replace(/"attempts": \[+.*\]+/, '"attempts": []');
    expect(reasonFor(shallow)).toBe('forbidden key "__proto__" at lessons');
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a script-like display name as plain text', () => {
    const name = "<script>alert('pwned')</script>";
    const result = parseExportFile(JSON.stringify({ ...valid(), displayName: name }));
    expect(result.ok && result.data.displayName).toBe(name);
  });

  it('refuses truncated, empty, huge and over-full files', () => {
    const text = fixture('valid-export-v1.json');
    expect(reasonFor(text.slice(0, 200))).toBe('not valid JSON, perhaps truncated');
    expect(reasonFor('')).toBe('not valid JSON, perhaps truncated');
    expect(reasonFor(' '.repeat(5_000_001))).toBe('too large (5.1 MB; the limit is 5 MB)');
    const lessons = Object.fromEntries(
      Array.from({ length: 1001 }, (_, i) => [`l${i}`, { status: 'started', startedAt: iso(1), updatedAt: iso(1) }]),
    );
    expect(reasonFor({ ...valid(), lessons })).toBe('lessons: at most 1,000 lessons');
  });

  it('words every refusal in French too, with French numbers and lists', () => {
    const frenchReason = (value: unknown) => {
      const result = parseExportFile(JSON.stringify(value));
      return result.ok ? 'accepted' : inFrench(result.problem);
    };
    const lessons = { 'what-is-roi': { status: 'finished', startedAt: iso(1), updatedAt: iso(1) } };
    expect(frenchReason({ ...valid(), lessons })).toBe('lessons.what-is-roi.status\u00a0: "started" ou "done" attendu');
    const file = valid();
    file.quizzes['roi-basics'].attempts[2]!['score'] = '6';
    file.quizzes['roi-basics'].attempts[1]!['durationMs'] = 1.5;
    expect(frenchReason(file)).toBe('quizzes.roi-basics.attempts[1].durationMs\u00a0: un nombre entier attendu (et 1\u00a0autre problème)');
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`l${i}`, { status: 'started', startedAt: iso(1), updatedAt: iso(1) }]));
    expect(frenchReason({ ...valid(), lessons: many })).toBe('lessons\u00a0: au plus 1\u202f000\u00a0leçons');
    const huge = parseExportFile(' '.repeat(5_000_001));
    expect(!huge.ok && inFrench(huge.problem)).toBe('trop volumineux (5,1\u00a0Mo\u00a0; 5\u00a0Mo au plus)');
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(parseExportFile(undefined as unknown as string)).toEqual({ ok: false, problem: { key: 'problem.noContent' } });
  });
});

describe('planImport', () => {
  const fileData = () => {
    const result = parseExportFile(fixture('valid-export-v1.json'));
    if (!result.ok) throw new Error(inEnglish(result.problem));
    return result.data;
  };

  it('keeps the learner id through export and import: a new browser takes the file’s, an older store keeps its own', () => {
    const laptop = markDone(emptyProgress(at(0), 'a'.repeat(32)), 'what-is-roi', at(1));
    const file = parseExportFile(JSON.stringify(toExportFile(laptop, at(2))));
    if (!file.ok) throw new Error(inEnglish(file.problem));
    expect(file.data.learnerId).toBe('a'.repeat(32));
    expect(planImport(emptyProgress(at(3), 'b'.repeat(32)), file.data).result.learnerId).toBe('a'.repeat(32));
    const older = markStarted(emptyProgress(at(0), 'c'.repeat(32)), 'kpis', at(0));
    expect(planImport(older, file.data).result.learnerId).toBe('c'.repeat(32));
    // A file from before learner ids changes no one's id.
    expect(planImport(emptyProgress(at(3), 'b'.repeat(32)), fileData()).result.learnerId).toBe('b'.repeat(32));
  });

  it('summarises what an import adds to an empty browser', () => {
    const current = emptyProgress(at(0));
    const { summary, result } = planImport(current, fileData());
    expect(summary).toEqual({
      lessonsAdded: ['discounting', 'what-is-roi'],
      lessonsUpdated: [],
      attemptsAdded: { 'roi-basics': 3 },
      displayName: { from: '', to: 'Camille Martin' },
      changes: true,
    });
    expect(result.displayName).toBe('Camille Martin');
  });

  it('reports updates, keeps a newer name, and finds nothing new the second time', () => {
    const current = setDisplayName(
      markDone(markStarted(emptyProgress(at(0)), 'discounting', at(0)), 'discounting', at(1)),
      'Cam',
      at(20_000),
    );
    const { summary, result } = planImport(current, fileData());
    expect(summary).toEqual({
      lessonsAdded: ['what-is-roi'],
      lessonsUpdated: ['discounting'],
      attemptsAdded: { 'roi-basics': 3 },
      changes: true,
    });
    expect(result.lessons['discounting']).toMatchObject({ status: 'done', startedAt: '2025-03-02T10:00:00.000Z', completedAt: iso(1) });
    expect(result.displayName).toBe('Cam');
    expect(planImport(result, fileData()).summary).toEqual({ lessonsAdded: [], lessonsUpdated: [], attemptsAdded: {}, changes: false });
  });

  it('restores data after a reset', () => {
    const current = resetProgress(emptyProgress(at(0)), at(30_000));
    const { result } = planImport(current, fileData());
    expect(Object.keys(result.lessons)).toEqual(['discounting', 'what-is-roi']);
    expect(result.resetAt).toBe(current.resetAt);
  });

  it('never lets an empty name in the file erase the current one', () => {
    const current = setDisplayName(emptyProgress(at(0)), 'Ana', at(0));
    const { result, summary } = planImport(current, { ...fileData(), displayName: '' });
    expect(result.displayName).toBe('Ana');
    expect(summary.displayName).toBeUndefined();
  });
});
