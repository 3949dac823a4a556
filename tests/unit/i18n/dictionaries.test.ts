/**
 * The dictionaries as a translator leaves them (README, "Translating"): every language has the
 * reference's files and keys, no more and no fewer; no-break spaces are written one way; French
 * follows French typography; and every key is used somewhere in src/.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, DEFAULT_LANG } from '../../../src/lib/content/translations';
import { unusedKeys, unusedKeysIn } from './unused-keys';

const I18N = 'src/lib/i18n';

type Strings = Record<string, string>;
const read = (file: string): { raw: string; strings: Strings } => {
  const raw = readFileSync(file, 'utf8');
  return { raw, strings: JSON.parse(raw) as Strings };
};
const jsonFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.json')).sort();

/** The fixture build's third language: translated areas must be complete; the others stay French. */
const FIXTURE = 'tests/fixtures/third-locale/i18n';
const languageFolders = readdirSync(I18N).filter((n) => /^[a-z]{2}$/.test(n) && statSync(join(I18N, n)).isDirectory());
const folders: Record<string, string> = { ...Object.fromEntries(languageFolders.map((lang) => [lang, join(I18N, lang)])), fixture: FIXTURE };
const reference = join(I18N, DEFAULT_LANG);
const referenceFiles = jsonFiles(reference);
const referenceStrings: Record<string, Strings> = Object.fromEntries(referenceFiles.map((f) => [f, read(join(reference, f)).strings]));
const allReferenceKeys = Object.values(referenceStrings).flatMap((s) => Object.keys(s));

/** Every difference between a language folder and the reference, one line each: `en/core.json: missing "x"`. */
function layoutProblems(dir: string, { partial = false } = {}): string[] {
  const problems: string[] = [];
  const files = jsonFiles(dir);
  if (!partial) for (const file of referenceFiles) if (!files.includes(file)) problems.push(`${dir}: missing ${file}`);
  for (const file of files) {
    const where = join(dir, file);
    const ref = referenceStrings[file];
    if (!ref) {
      problems.push(`${where}: no such file in ${DEFAULT_LANG}/`);
      continue;
    }
    const { strings } = read(join(dir, file));
    for (const key of Object.keys(ref)) if (!(key in strings)) problems.push(`${where}: missing "${key}"`);
    for (const key of Object.keys(strings)) if (!(key in ref)) problems.push(`${where}: "${key}" is not in ${DEFAULT_LANG}/${file}`);
  }
  return problems;
}

describe('language folders', () => {
  it('are the shipped languages, each with its own folder', () => {
    expect(languageFolders.sort()).toEqual([...LANGS].sort());
  });
  it('have every key of the reference, no more (the fixture language: in the areas it translates)', () => {
    for (const [lang, dir] of Object.entries(folders)) expect(layoutProblems(dir, { partial: dir === FIXTURE }), lang).toEqual([]);
  });
  it('names what is missing or extra', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    for (const file of referenceFiles.filter((f) => f !== 'core.json')) writeFileSync(join(dir, file), JSON.stringify(referenceStrings[file]));
    const [first, ...rest] = Object.entries(referenceStrings['core.json']!);
    writeFileSync(join(dir, 'core.json'), JSON.stringify({ ...Object.fromEntries(rest), 'nav.hmoe': first![1] }));
    expect(layoutProblems(dir).map((line) => line.replace(dir, 'x'))).toEqual([
      `x/core.json: missing "${first![0]}"`,
      'x/core.json: "nav.hmoe" is not in fr/core.json',
    ]);
  });
  it('give no key twice across files', () => {
    expect(allReferenceKeys.filter((k, i) => allReferenceKeys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('every string', () => {
  it('writes a no-break space as the escape \\u00a0 (narrow: \\u202f), never as an invisible character', () => {
    for (const dir of Object.values(folders)) {
      for (const file of jsonFiles(dir)) {
        const lines = read(join(dir, file)).raw.split('\n');
        const bad = lines.flatMap((line, i) => (/[\u00a0\u202f\u2007\u2009\u200b\u2060\ufeff]/.test(line) ? [`${join(dir, file)}:${i + 1}`] : []));
        expect(bad).toEqual([]);
      }
    }
  });
  it('is not empty and keeps the reference’s placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const dir of Object.values(folders)) {
      for (const file of jsonFiles(dir)) {
        const ref = referenceStrings[file] ?? {};
        for (const [key, value] of Object.entries(read(join(dir, file)).strings)) {
          expect(value.trim(), `${dir}/${file} ${key}`).not.toBe('');
          if (key in ref) expect(placeholders(value), `${dir}/${file} ${key}`).toEqual(placeholders(ref[key]!));
        }
      }
    }
  });
  it('in French follows French typography: no-break space before « : ; ? ! » and inside « », no straight apostrophe', () => {
    for (const [file, strings] of Object.entries(referenceStrings)) {
      for (const [key, value] of Object.entries(strings)) {
        const at = `${file} ${key}`;
        expect(value, at).not.toMatch(/[^\u00a0\u202f][:;?!](\s|$)/);
        expect(value, at).not.toMatch(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
        expect(value, at).not.toContain("'");
      }
    }
  });
});

describe('keys', () => {
  it('are all used in src/', () => {
    expect(unusedKeys(allReferenceKeys, 'src')).toEqual([]);
  });
  it('count as used when quoted, as a plural form of a quoted base, or built from a template with a fixed prefix', () => {
    const keys = ['a.b', 'a.count.one', 'a.count.other', 'search.type.quiz', 'x.y.title', 'left.alone'];
    const source = "t('a.b'); t(pluralKey(lang, n, 'a.count')); t(`search.type.${type}`); t(`${area}.title`);";
    expect(unusedKeysIn(keys, [source])).toEqual(['x.y.title', 'left.alone']);
  });
});
