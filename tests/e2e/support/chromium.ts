import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium
 * (Playwright cannot download its own browser on these machines).
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}
