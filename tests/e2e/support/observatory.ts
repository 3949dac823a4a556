/**
 * The HTTP Observatory's grading (MDN's `mdn-http-observatory`, src/analyzer/tests/), for the tests that
 * apply to a static site served over one response: each test's result and score modifier, as its
 * analyzer would give them for these headers and this page. Redirection (http → https) and the HSTS
 * preload list concern the TLS set-up of a real host name, which the admin's server owns: HSTS is graded
 * from the header as it would be sent over https.
 */
export interface ObservatoryResult {
  test: string;
  result: string;
  pass: boolean;
  modifier: number;
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const INLINE = new Set(["'unsafe-inline'", 'data:']);
const SIX_MONTHS = 15_552_000;

function directives(policy: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), new Set(sources));
  }
  return map;
}

/** Grades `headers` (lower-case names) of an HTML response whose scripts are `scriptSrcs` and whose meta CSP is `metaCsp`. */
export function observatory(headers: Record<string, string>, html: { scriptSrcs: string[]; metaCsp: string | null; origin: string }): ObservatoryResult[] {
  const results: ObservatoryResult[] = [];
  const add = (test: string, result: string, pass: boolean, modifier: number) => results.push({ test, result, pass, modifier });

  // Content Security Policy: the header (and the meta, which cannot carry frame-ancestors).
  const header = headers['content-security-policy'];
  if (!header) add('content-security-policy', 'csp-not-implemented', false, -25);
  else {
    const csp = directives([header, html.metaCsp ?? ''].join(';'));
    const fallback = csp.get('default-src') ?? new Set(['*']);
    const script = new Set(csp.get('script-src') ?? fallback);
    const style = new Set(csp.get('style-src') ?? fallback);
    const object = csp.get('object-src') ?? fallback;
    const hashed = (s: Set<string>) => [...s].some((v) => /^'(sha256|sha384|sha512|nonce)-/.test(v));
    for (const s of [script, style]) if (hashed(s)) s.delete("'unsafe-inline'");
    if ([...script].some((s) => BROAD.has(s) || INLINE.has(s)) || [...object].some((s) => BROAD.has(s))) add('content-security-policy', 'csp-implemented-with-unsafe-inline', false, -20);
    else if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) add('content-security-policy', 'csp-implemented-with-unsafe-eval', false, -10);
    else if ([...style].some((s) => BROAD.has(s) || INLINE.has(s))) add('content-security-policy', 'csp-implemented-with-unsafe-inline-in-style-src-only', true, 0);
    else if (fallback.size === 1 && fallback.has("'none'")) add('content-security-policy', 'csp-implemented-with-no-unsafe-default-src-none', true, 10);
    else add('content-security-policy', 'csp-implemented-with-no-unsafe', true, 5);
  }

  // Cookies: a static site sets none.
  add('cookies', headers['set-cookie'] ? 'cookies-set' : 'cookies-not-found', !headers['set-cookie'], 0);

  // Cross-origin resource sharing: nothing shared with every origin.
  const acao = headers['access-control-allow-origin'];
  add('cross-origin-resource-sharing', acao === '*' ? 'cross-origin-resource-sharing-implemented-with-universal-access' : 'cross-origin-resource-sharing-not-implemented', acao !== '*', acao === '*' ? -50 : 0);

  // Referrer policy: one of the private values.
  const referrer = (headers['referrer-policy'] ?? '').split(',').map((v) => v.trim().toLowerCase()).at(-1) ?? '';
  const privateReferrer = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer);
  add('referrer-policy', privateReferrer ? 'referrer-policy-private' : referrer ? 'referrer-policy-unsafe' : 'referrer-policy-not-implemented', privateReferrer || !referrer, privateReferrer ? 5 : referrer ? -5 : 0);

  // Strict transport security: at least six months, one header.
  const hsts = headers['strict-transport-security'];
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts ?? '')?.[1] ?? NaN);
  if (!hsts) add('strict-transport-security', 'hsts-not-implemented', false, -20);
  else if (hsts.includes(',') || Number.isNaN(maxAge)) add('strict-transport-security', 'hsts-header-invalid', false, -20);
  else add('strict-transport-security', maxAge >= SIX_MONTHS ? 'hsts-implemented-max-age-at-least-six-months' : 'hsts-implemented-max-age-less-than-six-months', maxAge >= SIX_MONTHS, maxAge >= SIX_MONTHS ? 0 : -10);

  // Subresource integrity: not needed when every script comes from the page's own origin.
  const foreign = html.scriptSrcs.filter((src) => new URL(src, html.origin).origin !== html.origin);
  add('subresource-integrity', foreign.length === 0 ? 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin' : 'sri-not-implemented-but-external-scripts-loaded-securely', foreign.length === 0, foreign.length === 0 ? 0 : -5);

  // X-Content-Type-Options: nosniff.
  const xcto = (headers['x-content-type-options'] ?? '').trim().toLowerCase();
  add('x-content-type-options', xcto === 'nosniff' ? 'x-content-type-options-nosniff' : 'x-content-type-options-not-implemented', xcto === 'nosniff', xcto === 'nosniff' ? 0 : -5);

  // X-Frame-Options: through CSP frame-ancestors (header only), which must not be broad.
  const ancestors = header ? directives(header).get('frame-ancestors') : undefined;
  const xfo = (headers['x-frame-options'] ?? '').trim().toLowerCase();
  if (ancestors && ![...ancestors].some((s) => BROAD.has(s))) add('x-frame-options', 'x-frame-options-implemented-via-csp', true, 5);
  else if (['deny', 'sameorigin'].includes(xfo)) add('x-frame-options', 'x-frame-options-sameorigin-or-deny', true, 0);
  else add('x-frame-options', 'x-frame-options-not-implemented', false, -20);

  // Cross-Origin-Resource-Policy and Cross-Origin-Opener-Policy: valid values (both pass when absent; set here on purpose).
  const corp = (headers['cross-origin-resource-policy'] ?? '').trim().toLowerCase();
  add('cross-origin-resource-policy', corp ? `corp-implemented-with-${corp}` : 'corp-not-implemented', !corp || ['same-origin', 'same-site', 'cross-origin'].includes(corp), 0);
  const coop = (headers['cross-origin-opener-policy'] ?? '').trim().toLowerCase();
  add('cross-origin-opener-policy', coop ? `coop-implemented-with-${coop}` : 'coop-not-implemented', !coop || ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none'].includes(coop), 0);
  return results;
}

/** The Observatory's score: 100, penalties first, bonuses only when the result is already 90 or more. */
export function observatoryScore(results: readonly ObservatoryResult[]): number {
  const penalties = results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 100);
  return penalties >= 90 ? penalties + results.reduce((sum, r) => sum + Math.max(r.modifier, 0), 0) : Math.max(penalties, 0);
}
