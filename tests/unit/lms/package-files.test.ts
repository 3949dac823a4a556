import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageHtml, relativeTo, scriptImports, styleUrls } from '../../../src/lib/lms/package-files';

const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
const path = fc.array(segment, { minLength: 1, maxLength: 5 });

describe('relativeTo', () => {
  it('points from any packaged file to the target, wherever the LMS serves the package', () => {
    fc.assert(
      fc.property(path, path, fc.constantFrom('', '?q=1', '#roi'), fc.constantFrom('/', '/pluginfile.php/123/mod_scorm/content/1/'), (from, to, rest, base) => {
        const fromFile = from.join('/');
        const target = `/${to.join('/')}${rest}`;
        const resolved = new URL(relativeTo(fromFile, target), `https://lms.example.com${base}${fromFile}`);
        expect(resolved.href).toBe(new URL(`${base}${to.join('/')}${rest}`, 'https://lms.example.com').href);
      }),
    );
  });
});

describe('packageHtml', () => {
  const resolve = (p: string) =>
    p === '/_astro/a.js' || p === '/fr/quizzes/q.json' ? p.slice(1) : p === '/fr/glossary/' ? 'fr/lms/glossary/index.html' : undefined;
  const page = `<html lang="fr-FR" data-lms="none"><head><meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'"><script type="module" src="/_astro/a.js"></script></head>
<body><a href="#main">skip</a><a href="/fr/glossary/#roi" class="t">ROI</a> <a href="/fr/lessons/other/">another lesson</a>
<a href="https://example.org/study">a source</a><quiz-player data-src="/fr/quizzes/q.json"></quiz-player></body></html>`;

  it('makes every address relative, opens what leaves the lesson beside it, and unwraps links to unpackaged pages', () => {
    const { html, refs } = packageHtml(page, 'fr/lms/lessons/x/index.html', 'scorm12', resolve, { allowHttpsConnect: false });
    expect(html).toContain('data-lms="scorm12"');
    expect(html).toContain('src="../../../../_astro/a.js"');
    expect(html).toContain('data-src="../../../quizzes/q.json"');
    expect(html).toContain('<a href="../../glossary/index.html#roi" target="_blank" rel="noopener" class="t">ROI</a>');
    expect(html).toContain('<span>another lesson</span>');
    expect(html).toContain('<a href="https://example.org/study" target="_blank" rel="noopener noreferrer">a source</a>');
    expect(html).toContain('<a href="#main">skip</a>');
    expect(html).toContain("connect-src 'self'\"");
    expect(new Set(refs)).toEqual(new Set(['_astro/a.js', 'fr/quizzes/q.json', 'fr/lms/glossary/index.html']));
  });

  it('lets cmi5 reach an LRS at another https origin, and refuses a page that needs a file the package lacks', () => {
    expect(packageHtml(page, 'a/index.html', 'cmi5', resolve, { allowHttpsConnect: true }).html).toContain("connect-src 'self' https:");
    expect(() => packageHtml('<img src="/missing.png">', 'a/index.html', 'cmi5', resolve, { allowHttpsConnect: true })).toThrow('/missing.png is not in the package');
  });

  it('finds the modules a chunk imports and the files a stylesheet uses', () => {
    expect(scriptImports('import{a}from"./x.js";const b=()=>import("./y.js");import"../z.js";fetch("/api")').sort()).toEqual(['../z.js', './x.js', './y.js']);
    expect(styleUrls('a{background:url(/_astro/i.svg)}b{src:url("/f.woff2")}c{background:url(data:x)}')).toEqual(['/_astro/i.svg', '/f.woff2']);
  });
});
