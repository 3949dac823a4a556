/**
 * How the built site is served, in one place: the security headers (the pages' own CSP plus what
 * only a header can say), the caching rules and the file types. `scripts/deploy-config.ts` renders
 * it as an nginx server block and as the `_headers` file of Netlify and Cloudflare Pages, so the two
 * never drift. Pure and self-contained (no imports): Node loads it as it is.
 */

export const YEAR = 31_536_000;

/** Who may frame the site (CSP `frame-ancestors`): the site itself by default; an LMS's origin when it frames the lessons. */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

const ORIGIN_SOURCE = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** FRAME_ANCESTORS as CSP sources (`'self' https://lms.example.com`); throws naming the bad source. */
export function parseFrameAncestors(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_FRAME_ANCESTORS;
  const sources = value.split(/\s+/);
  for (const source of sources) {
    if (source === "'self'" || source === "'none'" || ORIGIN_SOURCE.test(source)) continue;
    throw new Error(`FRAME_ANCESTORS: "${source}" is not a frame source. Use 'self', 'none' or origins such as https://lms.example.com`);
  }
  if (sources.includes("'none'") && sources.length > 1) throw new Error("FRAME_ANCESTORS: 'none' cannot be combined with other sources");
  return sources.join(' ');
}

/** A CSP as ordered directives: name → sources. Later duplicates are dropped, as browsers do. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name || directives.has(name.toLowerCase())) continue;
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export const formatCsp = (directives: Map<string, string[]>): string =>
  [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * The policy of every page of a build as one: each directive's sources gathered from all pages
 * (Astro hashes each page's inline scripts and styles), in first-seen order.
 */
export function unionCsp(policies: readonly string[]): string {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const known = union.get(name) ?? [];
      union.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  return formatCsp(union);
}

/**
 * The CSP header: the pages' policy, plus `frame-ancestors` (a `<meta>` cannot set it) and the
 * directives that close what `default-src` leaves open (`base-uri`, `form-action`, `object-src`).
 */
export function headerCsp(pagePolicy: string, frameAncestors: string): string {
  const directives = parseCsp(pagePolicy);
  if (!directives.has('default-src')) throw new Error("the pages' CSP has no default-src: refusing to serve a policy that allows everything");
  for (const [name, sources] of [
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ] as const) {
    if (!directives.has(name)) directives.set(name, [...sources]);
  }
  directives.set('frame-ancestors', frameAncestors.split(' '));
  return formatCsp(directives);
}

/** Browser features the site never uses, denied to it and to anything it might embed; full screen stays for presenter mode. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

export type Header = readonly [name: string, value: string];

/** The headers every response carries. */
export function securityHeaders(pagePolicy: string, frameAncestors: string): Header[] {
  const headers: Header[] = [
    ['Content-Security-Policy', headerCsp(pagePolicy, frameAncestors)],
    // Two years, this host only: an intranet's other hosts decide for themselves.
    ['Strict-Transport-Security', 'max-age=63072000'],
    ['X-Content-Type-Options', 'nosniff'],
    // Links to sources leave without the page's address (an intranet's paths stay inside).
    ['Referrer-Policy', 'same-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
  // For browsers without frame-ancestors; an LMS origin cannot be said in X-Frame-Options, so then CSP alone decides.
  if (frameAncestors === "'self'") headers.push(['X-Frame-Options', 'SAMEORIGIN']);
  if (frameAncestors === "'none'") headers.push(['X-Frame-Options', 'DENY']);
  return headers;
}

/**
 * Folders (under the base) whose files are named by their content's hash: cached for a year and never
 * asked again. Everything else (pages, indexes, Pagefind's script and WebAssembly, the icon) is
 * revalidated on every use, so a page never meets assets from another build. Pagefind names its index,
 * fragment and filter chunks by hash (its maintainers say they can be cached indefinitely); its
 * `pagefind-entry.json` is fetched with a time stamp, its script and WebAssembly are not hashed.
 */
export const IMMUTABLE_FOLDERS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;
export const IMMUTABLE = `public, max-age=${YEAR}, immutable`;
export const REVALIDATE = 'no-cache';

/** File types, by extension, for every kind of file the build writes (nginx replaces its own table with this one). */
export const MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  gift: 'text/plain',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  zip: 'application/zip',
  // Pagefind's own files are compressed by Pagefind and decompressed by its script: plain bytes on the wire.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Text types served with `charset=utf-8` (nginx always counts text/html among them). */
export const UTF8_TYPES = ['text/html', 'text/css', 'text/javascript', 'application/json', 'application/manifest+json', 'application/xml', 'text/plain', 'image/svg+xml'];

/**
 * Accept-Language naming English before French (`en-GB,en;q=0.9`, `de,en;q=0.8,fr;q=0.5`): entries are
 * read in the visitor's order of preference, and French wins when it comes first or neither is there.
 * A PCRE that nginx and JavaScript read alike (no `\b` or `\s`, which nginx's quoting would mangle).
 */
export const ENGLISH_FIRST = '^(?:[ ]*(?!fr(?![a-z]))[^,]*,)*[ ]*en(?![a-z])';

export interface ServeOptions {
  /** The base path, `/` or `/academy/`. */
  base: string;
  /** The pages' CSP (unionCsp of the build). */
  pagePolicy: string;
  frameAncestors: string;
}

/** `_headers` for Netlify and Cloudflare Pages. They revalidate every other file by default, so only the immutable folders say so. */
export function renderHeadersFile(options: ServeOptions): string {
  const lines = ['# Generated by `npm run build` (scripts/deploy-config.ts from src/lib/deploy/serving.ts): do not edit.', `${options.base}*`];
  for (const [name, value] of securityHeaders(options.pagePolicy, options.frameAncestors)) lines.push(`  ${name}: ${value}`);
  for (const folder of IMMUTABLE_FOLDERS) lines.push(`${options.base}${folder}*`, `  Cache-Control: ${IMMUTABLE}`);
  return `${lines.join('\n')}\n`;
}

export interface NginxOptions extends ServeOptions {
  /** The built folder on the server (absolute). */
  root: string;
  /** Serve `.br` files next to `.gz` (needs Debian's libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

const nginxQuote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * An nginx `server` block serving the build under its base path. The language of `/` follows the
 * first of French or English in the visitor's Accept-Language (French when neither is there).
 */
export function renderNginxConf(options: NginxOptions): string {
  const { base, root } = options;
  const dir = root.replace(/\/+$/, '');
  const headers = (cacheControl: string, indent: string) =>
    [...securityHeaders(options.pagePolicy, options.frameAncestors), ['Cache-Control', cacheControl] as const]
      .map(([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`)
      .join('\n');
  const types = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `        ${type} ${ext};`)
    .join('\n');
  const immutable = IMMUTABLE_FOLDERS.map(
    (folder) => `    location ^~ ${base}${folder} {
        alias ${dir}/${folder};
${headers(IMMUTABLE, '        ')}
    }`,
  ).join('\n\n');
  const bare = base.replace(/\/$/, '');
  return `# Board Academy under ${base}: generated by \`npm run build\` (scripts/deploy-config.ts, from
# src/lib/deploy/serving.ts); rebuild rather than edit. Include it in nginx's http {} block, then set
# listen, server_name and TLS to your own (README, "Deploy").
server {
    listen 80;
    server_name _;

    server_tokens off;
    autoindex off;
    absolute_redirect off;
    # Files compressed by the build (scripts/precompress.ts) are sent as they are; nothing is compressed on the fly.
    gzip_static on;
    gzip_vary on;
${options.brotli ? '    brotli_static on;\n' : ''}
    types {
${types}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${UTF8_TYPES.filter((type) => type !== 'text/html').join(' ')};

    error_page 404 ${base}404.html;
${
  bare === ''
    ? ''
    : `
    location = ${bare} {
${headers(REVALIDATE, '        ')}
        return 301 ${base};
    }
`
}
    # ${base}: the visitor's language (French unless English comes first among the two).
    location = ${base} {
        set $board_academy_lang fr;
        if ($http_accept_language ~* "${ENGLISH_FIRST}") {
            set $board_academy_lang en;
        }
${headers(REVALIDATE, '        ')}
        add_header Vary Accept-Language always;
        return 302 ${base}$board_academy_lang/;
    }

    # The static hosts' header file is for them, not for visitors.
    location = ${base}_headers {
        return 404;
    }

${immutable}

    location ${base} {
        alias ${dir}/;
        index index.html;
${headers(REVALIDATE, '        ')}
    }
}
`;
}
