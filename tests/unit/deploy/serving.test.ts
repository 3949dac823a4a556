import { describe, expect, it } from 'vitest';
import {
  ENGLISH_FIRST,
  IMMUTABLE,
  IMMUTABLE_FOLDERS,
  headerCsp,
  parseCsp,
  parseFrameAncestors,
  renderHeadersFile,
  renderNginxConf,
  securityHeaders,
  unionCsp,
} from '../../../src/lib/deploy/serving';

const PAGE = "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const options = { base: '/academy/', pagePolicy: PAGE, frameAncestors: "'self'" };

describe('frame-ancestors', () => {
  it("is 'self' unless set; an LMS origin or 'none' are accepted", () => {
    expect(parseFrameAncestors(undefined)).toBe("'self'");
    expect(parseFrameAncestors("  'self'   https://lms.example.com ")).toBe("'self' https://lms.example.com");
    expect(parseFrameAncestors('https://*.moodle.example.org:8443')).toBe('https://*.moodle.example.org:8443');
    expect(parseFrameAncestors("'none'")).toBe("'none'");
  });
  it('refuses what is not a frame source, naming it', () => {
    expect(() => parseFrameAncestors('*')).toThrow('"*" is not a frame source');
    expect(() => parseFrameAncestors('https:')).toThrow('"https:"');
    expect(() => parseFrameAncestors("lms.example.com;script-src 'unsafe-inline'")).toThrow('is not a frame source');
    expect(() => parseFrameAncestors("'none' 'self'")).toThrow("'none' cannot be combined");
  });
});

describe('the CSP header', () => {
  it('is the pages’ policy plus frame-ancestors, keeping every hash', () => {
    const csp = parseCsp(headerCsp(PAGE, "'self' https://lms.example.com"));
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'sha256-BBB='"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://lms.example.com']);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
  it('refuses a policy without default-src', () => {
    expect(() => headerCsp("script-src 'self'", "'self'")).toThrow('no default-src');
  });
  it('gathers every page’s hashes once, in order', () => {
    expect(unionCsp(["default-src 'self'; script-src 'self' 'sha256-A'", "default-src 'self'; script-src 'self' 'sha256-B' 'sha256-A'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'",
    );
  });
});

describe('X-Frame-Options', () => {
  const xfo = (ancestors: string) => securityHeaders(PAGE, ancestors).find(([name]) => name === 'X-Frame-Options')?.[1];
  it('says SAMEORIGIN or DENY when it can, and nothing for an LMS origin (CSP alone decides)', () => {
    expect(xfo("'self'")).toBe('SAMEORIGIN');
    expect(xfo("'none'")).toBe('DENY');
    expect(xfo("'self' https://lms.example.com")).toBeUndefined();
  });
});

describe('Accept-Language', () => {
  const english = (header: string) => new RegExp(ENGLISH_FIRST, 'i').test(header);
  it('picks English only when it comes before French', () => {
    expect(english('en-GB,en;q=0.9')).toBe(true);
    expect(english('EN-us')).toBe(true);
    expect(english('de-DE,de;q=0.9,en;q=0.8,fr;q=0.5')).toBe(true);
    expect(english('fr-CH, fr;q=0.9, en;q=0.8')).toBe(false);
    expect(english('de')).toBe(false);
    expect(english('')).toBe(false);
    expect(english('eng')).toBe(false);
    expect(english('fr-en')).toBe(false);
  });
});

/** `name: value` pairs of the headers each output sends for `path`. */
function nginxHeaders(conf: string, location: string): string[] {
  const block = conf.split(`location ${location} {`)[1]!.split('\n    }')[0]!;
  return [...block.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map((m) => `${m[1]}: ${m[2]}`);
}

describe('nginx and _headers say the same thing (one source)', () => {
  const conf = renderNginxConf({ ...options, root: '/srv/board-academy/', brotli: true });
  const headersFile = renderHeadersFile(options);
  const security = securityHeaders(PAGE, "'self'").map(([name, value]) => `${name}: ${value}`);

  it('every location of the server block sends every security header, and its cache rule', () => {
    expect(nginxHeaders(conf, '/academy/')).toEqual([...security, 'Cache-Control: no-cache']);
    expect(nginxHeaders(conf, '= /academy/')).toEqual([...security, 'Cache-Control: no-cache']);
    expect(nginxHeaders(conf, '= /academy')).toEqual([...security, 'Cache-Control: no-cache']);
    for (const folder of IMMUTABLE_FOLDERS) expect(nginxHeaders(conf, `^~ /academy/${folder}`)).toEqual([...security, `Cache-Control: ${IMMUTABLE}`]);
    expect(conf).toContain('alias /srv/board-academy/_astro/;');
    expect(conf).toContain('brotli_static on;');
    expect(conf).toContain('error_page 404 /academy/404.html;');
    expect(renderNginxConf({ ...options, root: '/srv', brotli: false })).not.toContain('brotli');
  });
  it('_headers sends the same security headers on every path, and the same immutable folders', () => {
    const blocks = headersFile.split('\n').filter((line) => !line.startsWith('#'));
    expect(blocks.slice(0, security.length + 1)).toEqual(['/academy/*', ...security.map((h) => `  ${h}`)]);
    for (const folder of IMMUTABLE_FOLDERS) expect(headersFile).toContain(`/academy/${folder}*\n  Cache-Control: ${IMMUTABLE}\n`);
  });
  it('a site at / has no bare-base redirect and serves its root', () => {
    const root = renderNginxConf({ ...options, base: '/', root: '/srv', brotli: false });
    expect(root).not.toContain('return 301');
    expect(root).toContain('location = / {');
    expect(root).toContain('location = /_headers {');
  });
});
