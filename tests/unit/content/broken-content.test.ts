/**
 * Broken content must fail the build with the file, the field and what is wrong.
 * Each case copies the valid fixture, breaks one thing, and runs `astro sync` (the build's content step) on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VALID = join(process.cwd(), 'tests/fixtures/content/valid');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function syncWith(change: (dir: string) => void): { code: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ba-content-'));
  temps.push(dir);
  cpSync(VALID, dir, { recursive: true });
  change(dir);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    env: { ...process.env, BOARD_ACADEMY_CONTENT: dir, BOARD_ACADEMY_CACHE: join(dir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

const edit = (file: string, replace: (text: string) => string) => (dir: string) => {
  const path = join(dir, file);
  writeFileSync(path, replace(readFileSync(path, 'utf8')));
};
const FR_LESSON = 'lessons/fr/sample.mdx';

describe('content validation at build time', () => {
  it('accepts the valid fixture', () => {
    const { code, output } = syncWith(() => {});
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it.each([
    ['a missing title', edit(FR_LESSON, (t) => t.replace(/^title:.*\n/m, '')), ['title', 'title is required']],
    ['an unknown audience', edit(FR_LESSON, (t) => t.replace('audience: [executive]', 'audience: [ceo]')), ['audience.0', 'audience must be one of executive, staff, trainer; got "ceo"']],
    ['a negative duration', edit(FR_LESSON, (t) => t.replace('duration: 1', 'duration: -5')), ['duration', 'duration must be a positive number of minutes']],
    ['a bad source year', edit(FR_LESSON, (t) => t.replace('year: 2011', 'year: 3011')), ['sources.0.year', 'year cannot be in the future']],
    ['a year written as text', edit(FR_LESSON, (t) => t.replace('year: 2011', 'year: "vingt"')), ['sources.0.year', 'year must be a number such as 2011']],
    ['too few takeaways', edit(FR_LESSON, (t) => t.replace('takeaways: [Un, Deux, Trois]', 'takeaways: [Un]')), ['takeaways', 'takeaways needs at least 3 item(s)']],
    ['no source', edit(FR_LESSON, (t) => t.replace(/sources:\n(  .*\n)+/, 'sources: []\n')), ['sources', 'sources needs at least one cited source']],
    ['an unknown field', edit(FR_LESSON, (t) => t.replace('tags: [test]', 'tags: [test]\nauthor: Someone')), ['author', 'unknown field (allowed: title, description']],
    ['a bad review date', edit(FR_LESSON, (t) => t.replace('reviewed: 2026-11-23', 'reviewed: someday')), ['reviewed', 'reviewed must be a date written YYYY-MM-DD']],
  ])('rejects %s, naming the file, the field and the problem', (_name, change, [field, message]) => {
    const { code, output, dir } = syncWith(change);
    expect(code).not.toBe(0);
    expect(output).toContain(join(dir, FR_LESSON));
    expect(output).toContain(`${field}: ${message}`);
  });

  it('rejects a translation without its French original', () => {
    const { code, output, dir } = syncWith((d) => writeFileSync(join(d, 'lessons/en/orphan.mdx'), readFileSync(join(d, 'lessons/en/sample.mdx'))));
    expect(code).not.toBe(0);
    expect(output).toContain(join(dir, 'lessons/en/orphan.mdx'));
    expect(output).toContain('translation without its French original (expected fr/orphan in lessons)');
  });

  it('rejects a sourced story without sources', () => {
    const { code, output } = syncWith(edit('stories/fr/sample-story.mdx', (t) => t.replace('kind: composite', 'kind: sourced')));
    expect(code).not.toBe(0);
    expect(output).toContain('stories → fr/sample-story');
    expect(output).toContain('a sourced story needs at least one source');
  });

  it('rejects a glossary term without a definition, naming the file and the term', () => {
    const { code, output } = syncWith(edit('glossary/en.yaml', (t) => t.replace(/^  definition:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('glossary → en/roi');
    expect(output).toContain('definition is required');
  });

  const FR_QUIZ = 'quizzes/fr/sample.yaml';
  it.each([
    ['no correct option', edit(FR_QUIZ, (t) => t.replace('correct: true, ', '')), 'question 1 (q-single): single-choice question has no correct option'],
    ['duplicate option ids', edit(FR_QUIZ, (t) => t.replace('{ id: b,', '{ id: a,')), 'question 1 (q-single): duplicate option id a (options 1 and 2)'],
    ['a pass mark above 100', edit(FR_QUIZ, (t) => t.replace('passMark: 60', 'passMark: 160')), 'passMark must be between 0 and 100'],
    ['a numeric question without an answer', edit(FR_QUIZ, (t) => t.replace(/^    answer: 30\n/m, '')), 'question 2 (q-roi): numeric question needs an answer'],
    ['an unknown question type', edit(FR_QUIZ, (t) => t.replace('type: numeric', 'type: essay')), 'question 2 (q-roi): type must be one of single, multiple, truefalse, numeric, ordering; got "essay"'],
    ['an id that differs from the file name', edit(FR_QUIZ, (t) => t.replace('id: sample', 'id: other')), 'id "other" must match the file name "sample"'],
    ['invalid YAML', edit(FR_QUIZ, (t) => `${t}\n  - : [`), 'not valid YAML'],
  ])('rejects a quiz with %s, naming the file and the question', (_name, change, message) => {
    const { code, output, dir } = syncWith(change);
    expect(code).not.toBe(0);
    expect(output).toContain(`${join(dir, FR_QUIZ)}: ${message}`);
  });
});
