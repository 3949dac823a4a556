import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLog from '../../../scripts/build/build-log.mjs';

type Event = Parameters<ReturnType<typeof buildLog>['write']>[0];
const event = (level: Event['level'], label: string | null, message: string, newLine = true): Event => ({ level, label, message, newLine });

/** What the log prints for these events, as one string (stdout and stderr). */
function printed(events: Event[]): string {
  const out: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const log = buildLog({ level: 'info' });
  for (const e of events) log.write(e);
  vi.restoreAllMocks();
  return out.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('build log', () => {
  it('drops each built page’s line (its path, then its render time) and nothing else', () => {
    const text = printed([
      event('info', 'SKIP_FORMAT', '\n generating static routes '),
      event('info', null, '  \u001b[34m├─\u001b[39m \u001b[2m/fr/lessons/what-roi-measures/index.html\u001b[22m', false),
      event('info', 'SKIP_FORMAT', ' \u001b[2m(+12ms)\u001b[22m '),
      event('info', null, '  ├─ /en/index.html', false),
      event('info', 'SKIP_FORMAT', ' (+3ms) '),
      event('info', null, '✓ Completed in 2.60s.\n'),
      event('info', 'build', '344 page(s) built in 7.00s'),
    ]);
    expect(text).not.toMatch(/index\.html|\(\+\d+ms\)/);
    expect(text).toContain('generating static routes');
    expect(text).toContain('Completed in 2.60s');
    expect(text).toContain('344 page(s) built in 7.00s');
  });

  it('lets warnings and errors through, even right after a page’s line', () => {
    const text = printed([
      event('info', null, '  ├─ /fr/index.html', false),
      event('warn', 'content', '[slides] lessons/fr/x.mdx has no slide points'),
      event('info', null, '  ├─ /fr/quizzes/x/index.html', false),
      event('error', 'build', 'content/lessons/fr/x.mdx: title: title is required'),
    ]);
    expect(text).toContain('[slides] lessons/fr/x.mdx has no slide points');
    expect(text).toContain('content/lessons/fr/x.mdx: title: title is required');
    expect(text).not.toContain('index.html');
  });
});
