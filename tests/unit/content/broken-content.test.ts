/**
 * Broken content must fail the build with the file, the field and what is wrong.
 * The build's content step (`astro sync`) runs only where the build itself adds something: the valid fixture passes,
 * an invalid lesson fails naming its file and field, an English file without its French original, a glossary term
 * by its id, and the quizzes (whose loader reports every file's problems at once: one run for all of them).
 * Each field rule of the lesson and story schemas is checked on the schema itself, the same one the build uses.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonSchema, storySchema } from '../../../src/lib/content/schemas';

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
const FR_STORY = 'stories/fr/sample-story.mdx';

/** The fixture's frontmatter after `replace`, parsed as the build parses it (YAML). */
const frontmatter = (file: string, replace: (text: string) => string = (t) => t): unknown =>
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(replace(readFileSync(join(VALID, file), 'utf8')))![1]!);

/** "field: message" for each problem the schema finds, as the build prints them. */
const problems = (schema: typeof lessonSchema | typeof storySchema, data: unknown): string[] => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('content validation at build time', () => {
  it('accepts the valid fixture', () => {
    const { code, output } = syncWith(() => {});
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it('rejects an invalid lesson, naming the file, the field and the problem', () => {
    const { code, output, dir } = syncWith(edit(FR_LESSON, (t) => t.replace(/^title:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain(join(dir, FR_LESSON));
    expect(output).toContain('title: title is required');
  });

  it('rejects a translation without its French original', () => {
    const { code, output, dir } = syncWith((d) => writeFileSync(join(d, 'lessons/en/orphan.mdx'), readFileSync(join(d, 'lessons/en/sample.mdx'))));
    expect(code).not.toBe(0);
    expect(output).toContain(join(dir, 'lessons/en/orphan.mdx'));
    expect(output).toContain('translation without its French original (expected fr/orphan in lessons)');
  });

  it('rejects a glossary term without a definition, naming the file and the term', () => {
    const { code, output } = syncWith(edit('glossary/en.yaml', (t) => t.replace(/^  definition:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('glossary → en/roi');
    expect(output).toContain('definition is required');
  });

  it('rejects every broken quiz in one build, naming each file and the question at fault', () => {
    // Each case is its own copy of the valid quiz (file name = id), broken one way.
    const cases: [string, (t: string) => string, string][] = [
      ['no-correct', (t) => t.replace('correct: true, ', ''), 'question 1 (q-single): single-choice question has no correct option'],
      ['duplicate-option', (t) => t.replace('{ id: b,', '{ id: a,'), 'question 1 (q-single): duplicate option id a (options 1 and 2)'],
      ['pass-mark', (t) => t.replace('passMark: 60', 'passMark: 160'), 'passMark must be between 0 and 100'],
      ['numeric-no-answer', (t) => t.replace(/^    answer: 30\n/m, ''), 'question 2 (q-roi): numeric question needs an answer'],
      ['unknown-type', (t) => t.replace('type: numeric', 'type: essay'), 'question 2 (q-roi): type must be one of single, multiple, truefalse, numeric, ordering; got "essay"'],
      ['other-id', (t) => t.replace('id: other-id', 'id: other'), 'id "other" must match the file name "other-id"'],
      ['bad-yaml', (t) => `${t}\n  - : [`, 'not valid YAML'],
    ];
    const valid = readFileSync(join(VALID, 'quizzes/fr/sample.yaml'), 'utf8');
    const { code, output, dir } = syncWith((d) => {
      for (const [id, breakIt] of cases) writeFileSync(join(d, `quizzes/fr/${id}.yaml`), breakIt(valid.replace('id: sample', `id: ${id}`)));
    });
    expect(code).not.toBe(0);
    for (const [id, , message] of cases) expect(output).toContain(`${join(dir, `quizzes/fr/${id}.yaml`)}: ${message}`);
    expect(output).not.toContain(join(dir, 'quizzes/fr/sample.yaml'));
  });
});

describe('lesson and story field rules (the schemas the build uses)', () => {
  it('accepts the valid fixtures', () => {
    expect(problems(lessonSchema, frontmatter(FR_LESSON))).toEqual([]);
    expect(problems(storySchema, frontmatter(FR_STORY))).toEqual([]);
  });

  const lessonEdit = (replace: (text: string) => string) => frontmatter(FR_LESSON, replace);
  it.each([
    ['a missing title', lessonEdit((t) => t.replace(/^title:.*\n/m, '')), ['title', 'title is required']],
    ['an unknown audience', lessonEdit((t) => t.replace('audience: [executive]', 'audience: [ceo]')), ['audience.0', 'audience must be one of executive, staff, trainer; got "ceo"']],
    ['a negative duration', lessonEdit((t) => t.replace('duration: 1', 'duration: -5')), ['duration', 'duration must be a positive number of minutes']],
    ['a bad source year', lessonEdit((t) => t.replace('year: 2011', 'year: 3011')), ['sources.0.year', 'year cannot be in the future']],
    ['a year written as text', lessonEdit((t) => t.replace('year: 2011', 'year: "vingt"')), ['sources.0.year', 'year must be a number such as 2011']],
    ['too few takeaways', lessonEdit((t) => t.replace('takeaways: [Un, Deux, Trois]', 'takeaways: [Un]')), ['takeaways', 'takeaways needs at least 3 item(s)']],
    ['no source', lessonEdit((t) => t.replace(/sources:\n(  .*\n)+/, 'sources: []\n')), ['sources', 'sources needs at least one cited source']],
    ['an unknown field', lessonEdit((t) => t.replace('tags: [test]', 'tags: [test]\nauthor: Someone')), ['author', 'unknown field (allowed: title, description']],
    ['a bad review date', lessonEdit((t) => t.replace('reviewed: 2026-11-23', 'reviewed: someday')), ['reviewed', 'reviewed must be a date written YYYY-MM-DD']],
  ])('rejects a lesson with %s, naming the field and the problem', (_name, data, [field, message]) => {
    expect(problems(lessonSchema, data).join('\n')).toContain(`${field}: ${message}`);
  });

  it('rejects a sourced story without sources', () => {
    const data = frontmatter(FR_STORY, (t) => t.replace('kind: composite', 'kind: sourced'));
    expect(problems(storySchema, data).join('\n')).toContain('a sourced story needs at least one source');
  });
});
