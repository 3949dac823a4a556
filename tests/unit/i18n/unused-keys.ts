/**
 * Which message keys no source file uses. A key is used when it appears quoted ('nav.home'), when
 * it is a plural form (`.one`, `.other`) of a quoted base (pluralKey(lang, n, 'home.entry.count')),
 * or when a template literal that starts with a fixed prefix builds it (`search.type.${type}`).
 * A key reached only through a template without a fixed prefix (`${area}.title`) counts as
 * unused: name it in a typed list instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = /\.(ts|astro|mjs|js)$/;
const PLURAL = /\.(zero|one|two|few|many|other)$/;

export function sourceTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceTexts(full);
    return SOURCE.test(name) ? [readFileSync(full, 'utf8')] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex per template literal with a fixed prefix (`a.b.${x}.c` → /^a\.b\.[\w-]+\.c$/). */
function templatePatterns(text: string): RegExp[] {
  const patterns: RegExp[] = [];
  for (const [, body] of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const parts = body!.split(/\$\{[^}]*\}/);
    if (!/^[a-z][\w-]*\./i.test(parts[0]!)) continue;
    patterns.push(new RegExp(`^${parts.map(escape).join('[\\w-]+')}$`));
  }
  return patterns;
}

export function unusedKeysIn(keys: readonly string[], texts: readonly string[]): string[] {
  const quoted = new Set<string>();
  const patterns: RegExp[] = [];
  for (const text of texts) {
    for (const [, key] of text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)) quoted.add(key!);
    patterns.push(...templatePatterns(text));
  }
  const used = (key: string) => quoted.has(key) || quoted.has(key.replace(PLURAL, '')) || patterns.some((p) => p.test(key));
  return keys.filter((key) => !used(key));
}

export const unusedKeys = (keys: readonly string[], dir: string): string[] => unusedKeysIn(keys, sourceTexts(dir));
