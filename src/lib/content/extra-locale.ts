/**
 * The one place a build may add a language that does not ship: BOARD_ACADEMY_EXTRA_LOCALE names a
 * folder (tests/fixtures/third-locale) holding `locale.json` (`{ "lang": "es", "tag": "es-ES" }`)
 * and the language's UI strings, `i18n/*.json`, laid out as src/lib/i18n/fr/ (an area whose file is
 * absent stays French). The test build that proves a third language is one folder away uses it
 * (tests/e2e/third-locale/); the production build never sets it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ExtraLocale {
  lang: string;
  tag: string;
  /** The folder's UI strings by file name (`core.json`), each a key → text record. */
  strings: Record<string, Record<string, string>>;
}

function load(folder: string): ExtraLocale {
  const root = resolve(folder);
  const { lang, tag } = JSON.parse(readFileSync(join(root, 'locale.json'), 'utf8')) as { lang?: unknown; tag?: unknown };
  if (typeof lang !== 'string' || !/^[a-z]{2}$/.test(lang) || typeof tag !== 'string') {
    throw new Error(`${join(folder, 'locale.json')}: expected { "lang": "xx", "tag": "xx-XX" }`);
  }
  const dir = join(root, 'i18n');
  const strings = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, string>]),
  );
  return { lang, tag, strings };
}

const folder = typeof process === 'undefined' ? undefined : process.env['BOARD_ACADEMY_EXTRA_LOCALE'];
export const extraLocale: ExtraLocale | null = folder ? load(folder) : null;
