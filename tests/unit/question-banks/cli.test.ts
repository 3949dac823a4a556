/** `npm run quiz:import`: the thin command around importBank, run as trainers run it (Node's own TypeScript). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/lib/quiz/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const FIXTURES = join(ROOT, 'tests/fixtures/question-banks');
const content = mkdtempSync(join(tmpdir(), 'quiz-import-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

function run(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(NODE, [join(ROOT, 'scripts/quiz-import.ts'), ...args], { env: { ...process.env, BOARD_ACADEMY_CONTENT: content }, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('quiz:import', () => {
  it('writes a schema-valid quiz, prints the report, and never overwrites without --force', () => {
    const first = run(join(FIXTURES, 'hostile.gift'), '--lang', 'en', '--id', 'imported');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/line 1: skipped “Unbalanced open”: unbalanced braces/);
    expect(first.out).toMatch(/3 converted, 3 skipped \(GIFT\)\nwrote content\/quizzes\/en\/imported\.yaml/);
    const file = join(content, 'quizzes/en/imported.yaml');
    const written = readFileSync(file, 'utf8');
    expect(quizSchema.parse(yaml.load(written)).questions).toHaveLength(3);

    writeFileSync(file, 'id: imported\n# edited by hand\n');
    const again = run(join(FIXTURES, 'moodle-features.xml'), '--lang', 'en', '--id', 'imported');
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/exists: nothing written \(use --force/);
    expect(readFileSync(file, 'utf8')).toBe('id: imported\n# edited by hand\n');

    expect(run(join(FIXTURES, 'moodle-features.xml'), '--lang', 'en', '--id', 'imported', '--force').code).toBe(0);
    expect(quizSchema.parse(yaml.load(readFileSync(file, 'utf8'))).title).toBe('Measuring value');
    expect(readdirSync(join(content, 'quizzes/en'))).toEqual(['imported.yaml']);
  });

  it('refuses, writing nothing: an XML bomb, a file with no convertible question', () => {
    const bomb = run(join(FIXTURES, 'xml-bomb.xml'), '--lang', 'fr');
    expect(bomb).toMatchObject({ code: 1 });
    expect(bomb.out).toMatch(/refused: the XML declares a DOCTYPE/);
    const none = run(join(FIXTURES, 'unsupported.gift'), '--lang', 'fr');
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/0 converted, 7 skipped[\s\S]*no question could be converted: nothing written/);
    expect(existsSync(join(content, 'quizzes/fr'))).toBe(false);
  });
});
