/**
 * Import under attack: random and mutated export files (changed values and types, removed and added keys,
 * prototype-polluting keys, truncation, deep nesting). parseExportFile must never throw, and importing
 * must never change the current state unless the whole file is valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toExportFile } from '../../../src/lib/progress/export-file';
import { planImport } from '../../../src/lib/progress/import-plan';
import { parseExportFile } from '../../../src/lib/progress/parse-export';
import type { ProgressState } from '../../../src/lib/progress/state';
import { stateArb } from './arbitraries';
import { fixture } from './helpers';
import { inEnglish, inFrench } from './words';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = { op: 'set' | 'delete' | 'addKey' | 'truncate' | 'nest' | 'splice'; pick: number; key: string; value: Json; text: string };

/** Every container path in a JSON value (the root included). */
function containers(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([k, v]) => containers(v, [...path, k]))];
}

function at(root: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

/** Applies one mutation to a JSON value (in place) or to its text. */
function mutate(text: string, m: Mutation): string {
  if (m.op === 'truncate') return text.slice(0, m.pick % (text.length + 1));
  if (m.op === 'splice') {
    const cut = m.pick % (text.length + 1);
    return text.slice(0, cut) + m.text + text.slice(cut);
  }
  if (m.op === 'nest') return `${'['.repeat(5 + (m.pick % 200))}${text}${']'.repeat(5 + (m.pick % 200))}`;
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return text;
  }
  const targets = containers(root);
  const path = targets[m.pick % Math.max(1, targets.length)];
  if (!path) return JSON.stringify(m.value);
  const node = at(root, path) as Record<string, Json>;
  const keys = Object.keys(node);
  const key = keys[m.pick % Math.max(1, keys.length)];
  if (m.op === 'set' && key !== undefined) node[key] = m.value;
  if (m.op === 'delete' && key !== undefined) delete node[key];
  if (m.op === 'addKey' && Array.isArray(node)) node.push(m.value);
  // defineProperty makes an own "__proto__" property, exactly as JSON.parse would from a hostile file.
  else if (m.op === 'addKey') Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(root);
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'addKey', 'addKey', 'truncate', 'nest', 'splice'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'version', 'format'), fc.string()),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  text: fc.string({ maxLength: 5 }),
});

const exportTextArb = fc.oneof(
  fc.constant(fixture('valid-export-v1.json')),
  stateArb.map((s) => JSON.stringify(toExportFile(s, new Date(Date.UTC(2025, 1, 1))))),
);

const fileArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(exportTextArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([text, ms]) => ms.reduce(mutate, text)),
  },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
);

/** Imports `text` into `current` the way the page does: parse all, then plan; null when refused. */
function tryImport(current: ProgressState, text: string): ProgressState | null {
  const parsed = parseExportFile(text);
  return parsed.ok ? planImport(current, parsed.data).result : null;
}

describe('import of random and mutated files', () => {
  it('never throws, and a refused file leaves the current state exactly as it was', () => {
    fc.assert(
      fc.property(stateArb, fileArb, (current, text) => {
        const before = JSON.stringify(current);
        const snapshot = structuredClone(current);
        const result = tryImport(current, text);
        expect(JSON.stringify(current)).toBe(before);
        expect(current).toEqual(snapshot);
        if (result === null) expect(parseExportFile(text).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('words every refusal in both languages, no placeholder left, and accepted data re-exports as valid', () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        const parsed = parseExportFile(text);
        if (!parsed.ok) {
          for (const words of [inEnglish, inFrench]) {
            const text = words(parsed.problem);
            expect(text).not.toMatch(/^problem\.|\{(limit|where|text|count|expected|values|fields|key|size|version|format)\}/);
          }
        }
        else expect(parseExportFile(JSON.stringify(parsed.data)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(stateArb, fileArb, (current, text) => {
        tryImport(current, text);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts some mutated files (the mutations are not all fatal)', () => {
    const samples = fc.sample(fileArb, { numRuns: 400, seed: 42 });
    // At least 1 % of them, so the re-export property above runs on accepted data too.
    expect(samples.filter((t) => parseExportFile(t).ok).length).toBeGreaterThanOrEqual(4);
  });
});

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
