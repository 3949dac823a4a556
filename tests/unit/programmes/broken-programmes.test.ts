/**
 * Broken programmes fail the build precisely: `astro sync` (the content step) reports schema and timing
 * problems with the file and the session; a full build reports lessons, quizzes or calculators that do not exist.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VALID = join(process.cwd(), 'tests/fixtures/content/valid');
const PROGRAMMES = join(process.cwd(), 'tests/fixtures/programmes');
const FR = 'programmes/fr/sample.yaml';
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(command: 'sync' | 'build', change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'ba-programmes-'));
  temps.push(dir);
  cpSync(VALID, dir, { recursive: true });
  cpSync(PROGRAMMES, join(dir, 'programmes'), { recursive: true });
  change(dir);
  const args = command === 'build' ? ['build', '--outDir', join(dir, 'dist')] : ['sync'];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    env: { ...process.env, BOARD_ACADEMY_CONTENT: dir, BOARD_ACADEMY_CACHE: join(dir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

const edit = (file: string, replace: (text: string) => string) => (dir: string) => {
  const path = join(dir, file);
  writeFileSync(path, replace(readFileSync(path, 'utf8')));
};

describe('programme validation when content loads', () => {
  it('accepts the valid fixture', () => {
    const { code, output } = run('sync', () => {});
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  }, 60_000);

  it('rejects every broken programme in one run, naming each file and the session at fault', () => {
    // Each case is its own copy of the valid programme (file name = id), broken one way; the loader reports them all.
    const cases: [string, (t: string) => string, string][] = [
      ['minutes', (t) => t.replace('minutes: 40', 'minutes: 35'), 'session minutes add up to 55 (20 + 35), not the stated duration of 60'],
      ['long-exercise', (t) => t.replace('    minutes: 30', '    minutes: 45'), "session 2 (Atelier): the exercise takes 45 minutes, more than the session's 40"],
      ['no-notes', (t) => t.replace(/  - title: Ouverture\n    minutes: 20\n    lessons: \[sample\]\n    notes:\n.*\n.*\n/, '  - title: Ouverture\n    minutes: 20\n'), 'session 1 (Ouverture) notes: notes are required (points, objections, timing)'],
      ['no-output', (t) => t.replace('      output: Une fiche\n', ''), 'session 2 (Atelier) exercise.output: exercise output is required'],
      ['unknown-field', (t) => t.replace('    materials: [Fiche]', '    handouts: [Fiche]'), 'session 2 (Atelier): unknown field "handouts"'],
      ['other-id', (t) => t.replace('id: other-id', 'id: other'), 'id "other" must match the file name "other-id"'],
      ['bad-yaml', (t) => `${t}\n  - : [`, 'not valid YAML'],
    ];
    const valid = readFileSync(join(PROGRAMMES, 'fr/sample.yaml'), 'utf8');
    const { code, output, dir } = run('sync', (d) => {
      for (const [id, breakIt] of cases) writeFileSync(join(d, `programmes/fr/${id}.yaml`), breakIt(valid.replace('id: sample', `id: ${id}`)));
      writeFileSync(join(d, 'programmes/en/orphan.yaml'), readFileSync(join(d, 'programmes/en/sample.yaml'), 'utf8').replace('id: sample', 'id: orphan'));
    });
    expect(code).not.toBe(0);
    for (const [id, , message] of cases) expect(output).toContain(`${join(dir, `programmes/fr/${id}.yaml`)}: ${message}`);
    expect(output).toContain('translation without its French original (expected fr/orphan in programmes)');
    expect(output).not.toContain(`${join(dir, FR)}:`);
  }, 60_000);
});

describe('programme references when the site builds', () => {
  it('fails on a lesson, quiz and calculator that do not exist, naming each with file and session', () => {
    const { code, output, dir } = run('build', edit(FR, (t) => t.replace('    lessons: [sample]\n    quizzes: [sample]\n    calculators: [roi]', '    lessons: [sample, missing-lesson]\n    quizzes: [missing-quiz]\n    calculators: [abacus]')));
    expect(code).not.toBe(0);
    for (const problem of ['lesson "missing-lesson" does not exist', 'quiz "missing-quiz" does not exist', 'calculator "abacus" does not exist']) {
      expect(output).toContain(`${join(dir, FR)}: session 2 (Atelier): ${problem}`);
    }
  }, 160_000);
});
