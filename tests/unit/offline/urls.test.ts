import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseOfScope, isLmsPath, normalizeBase, siteUrl, swScope, swUrl, withTrailingSlash } from '../../../src/lib/offline/urls';

const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const base = fc.array(segment, { maxLength: 3 }).map((parts) => (parts.length === 0 ? '/' : `/${parts.join('/')}/`));

describe('offline addresses under the base path', () => {
  it('normalises a base however it is written', () => {
    for (const written of ['', '/', 'academy', '/academy', 'academy/', '/academy/', '//academy//']) {
      expect(normalizeBase(written)).toBe(written.replace(/\//g, '') === '' ? '/' : '/academy/');
    }
  });

  it('puts every address under the base, and the scope gives the base back', () => {
    fc.assert(
      fc.property(base, fc.constantFrom('fr', 'en'), (b, lang) => {
        expect(swUrl(b, lang)).toBe(`${b}${lang}/sw.js`);
        expect(swScope(b, lang)).toBe(`${b}${lang}/`);
        expect(siteUrl(b, `/${lang}/lessons/`)).toBe(`${b}${lang}/lessons/`);
        expect(baseOfScope(swScope(b, lang))).toBe(b);
      }),
    );
  });

  it('adds the trailing slash to a directory-style address only', () => {
    expect(withTrailingSlash('/fr/lessons/listening-first')).toBe('/fr/lessons/listening-first/');
    expect(withTrailingSlash('/academy/fr')).toBe('/academy/fr/');
    expect(withTrailingSlash('/fr/lessons/listening-first/')).toBeUndefined();
    expect(withTrailingSlash('/fr/quizzes/listening-first.json')).toBeUndefined();
    expect(withTrailingSlash('/fr/sw.js')).toBeUndefined();
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const path = `/${parts.join('/')}`;
        expect(withTrailingSlash(path)).toBe(`${path}/`);
        expect(withTrailingSlash(`${path}/`)).toBeUndefined();
      }),
    );
  });

  it('recognises LMS package pages under any base, and nothing else', () => {
    fc.assert(
      fc.property(base, fc.constantFrom('fr', 'en'), segment, (b, lang, slug) => {
        expect(isLmsPath(b, `${b}${lang}/lms/lessons/${slug}/`)).toBe(true);
        expect(isLmsPath(b, `${b}${lang}/lessons/${slug}/`)).toBe(false);
        expect(isLmsPath(b, `${b}${lang}/lessons/lms/`)).toBe(false);
      }),
    );
  });
});
