/** A lesson missing in English is built at its English address with the French text and a visible notice. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'ba-fallback-'));
const content = join(work, 'content');
const out = join(work, 'dist');

beforeAll(() => {
  cpSync(join(process.cwd(), 'tests/fixtures/content/valid'), content, { recursive: true });
  rmSync(join(content, 'lessons/en/sample.mdx'));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, BOARD_ACADEMY_CONTENT: content, BOARD_ACADEMY_CACHE: join(work, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
}, 130_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('English fallback to French', () => {
  it('builds the English address with the French text marked as French, under a visible English notice', () => {
    const html = page('en/lessons/sample');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('en-GB');
    const article = html.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('fr-FR');
    expect(html.querySelector('h1')!.text).toBe('Leçon d’essai');
    const notice = article.querySelector('[role="note"]')!;
    expect(notice.text).toBe('This page is not yet available in English; here is the French version.');
    expect(notice.getAttribute('lang')).toBe('en-GB');
  });

  it('keeps the English interface around the French text, and lists the lesson in the English index', () => {
    const html = page('en/lessons/sample');
    expect(html.querySelector('a[href="#main"]')!.text).toBe('Skip to content');
    expect(page('en/lessons').querySelector('a[href="/en/lessons/sample/"]')!.getAttribute('lang')).toBe('fr-FR');
  });

  it('shows no notice on the French page', () => {
    expect(page('fr/lessons/sample').querySelector('article [role="note"]')).toBeNull();
  });
});
