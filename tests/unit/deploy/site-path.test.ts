import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBase, parseBasePath, parseSiteUrl, stripBase } from '../../../src/lib/site-path';

const segment = fc.stringMatching(/^[a-z0-9_~-][a-z0-9._~-]{0,11}$/).filter((s) => s !== '.' && s !== '..');
const base = fc.array(segment, { maxLength: 3 }).map((parts) => (parts.length === 0 ? '/' : `/${parts.join('/')}/`));
const sitePath = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.map((p) => `${p}/`).join('')}`);

describe('parseBasePath', () => {
  it('accepts `/` (also when unset) and a path, which it gives with both slashes', () => {
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('')).toBe('/');
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('/academy')).toBe('/academy/');
    expect(parseBasePath('/intranet/board-academy/')).toBe('/intranet/board-academy/');
  });
  it('stops on a wrong value, saying what is wrong', () => {
    expect(() => parseBasePath('academy/')).toThrow('BASE_PATH="academy/" must start with a slash');
    expect(() => parseBasePath('/my academy/')).toThrow('contains a space');
    expect(() => parseBasePath('/academy/../etc/')).toThrow('must not contain . or .. segments');
    expect(() => parseBasePath('//cdn.example.com/')).toThrow('must be a path, not an address');
    expect(() => parseBasePath('/a//b/')).toThrow('empty segment');
    expect(() => parseBasePath('/acad?emy/')).toThrow('("acad?emy")');
    expect(() => parseBasePath('/école/')).toThrow('("école")');
  });
  it('gives back what it accepts unchanged (a property)', () => {
    fc.assert(
      fc.property(base, (b) => {
        expect(parseBasePath(b)).toBe(b);
      }),
    );
  });
});

describe('parseSiteUrl', () => {
  it('keeps the origin, and nothing when unset', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl(' ')).toBeUndefined();
    expect(parseSiteUrl('https://intranet.example.com')).toBe('https://intranet.example.com');
    expect(parseSiteUrl('https://intranet.example.com/')).toBe('https://intranet.example.com');
  });
  it('refuses anything but an http(s) origin', () => {
    expect(() => parseSiteUrl('intranet.example.com')).toThrow('is not an address');
    expect(() => parseSiteUrl('ftp://example.com')).toThrow('must start with https://');
    expect(() => parseSiteUrl('https://example.com/academy/')).toThrow('put the path in BASE_PATH');
  });
});

describe('joinBase and stripBase', () => {
  it('put a site path under the base and take it back out', () => {
    expect(joinBase('/', '/fr/lessons/')).toBe('/fr/lessons/');
    expect(joinBase('/academy/', '/fr/lessons/')).toBe('/academy/fr/lessons/');
    expect(joinBase('/academy', 'fr/')).toBe('/academy/fr/');
    expect(stripBase('/academy/', '/academy/en/x/')).toBe('/en/x/');
    expect(stripBase('/academy/', '/academy')).toBe('/');
    expect(stripBase('/academy/', '/academyx/en/')).toBe('/academyx/en/');
    expect(stripBase('/', '/en/')).toBe('/en/');
  });
  it('are inverse for every base and path (a property)', () => {
    fc.assert(
      fc.property(base, sitePath, (b, p) => {
        const served = joinBase(b, p);
        expect(served.startsWith(b)).toBe(true);
        expect(served).not.toContain('//');
        expect(stripBase(b, served)).toBe(p);
      }),
    );
  });
});
