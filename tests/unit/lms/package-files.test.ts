import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOtherStandardsModule, packageHtml, relativeTo, scriptImports, styleUrls } from '../../../src/lib/lms/package-files';

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

describe('isOtherStandardsModule', () => {
  it('leaves the other standards’ runtimes out of a package and keeps its own and every shared chunk', () => {
    const chunks = ['_astro/scorm12.FPdIQ_5k.js', '_astro/scorm2004.gXEeUdRu.js', '_astro/scorm.BkQ9jrm9.js', '_astro/cmi5.Ddej9MDC.js'];
    const kept = (standard: string) => chunks.filter((file) => !isOtherStandardsModule(file, standard));
    expect(kept('scorm12')).toEqual(['_astro/scorm12.FPdIQ_5k.js', '_astro/scorm.BkQ9jrm9.js']);
    expect(kept('scorm2004')).toEqual(['_astro/scorm2004.gXEeUdRu.js', '_astro/scorm.BkQ9jrm9.js']);
    expect(kept('cmi5')).toEqual(['_astro/cmi5.Ddej9MDC.js']);
    for (const shared of ['_astro/session.Ab1.js', '_astro/scorm-notes.Ab1.js', '_astro/LmsHeader.astro_astro_type_script_index_0_lang.BeCHR2Oy.js', 'fr/lms/lessons/cmi5/index.html', '_astro/page-title.C_s5W1Xi.css']) {
      expect(isOtherStandardsModule(shared, 'cmi5') || isOtherStandardsModule(shared, 'scorm12')).toBe(false);
    }
  });
});
