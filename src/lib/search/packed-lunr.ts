/**
 * A compact form of a lunr index, less than half the size of lunr's JSON gzipped. lunr's JSON
 * names every document by its ref once per field per term, and stores a weighted vector per field
 * per document. Here documents are positions in the index file's `refs`, and the vectors are not
 * stored: only what lunr's builder computed them from (term frequencies and field lengths), so
 * `unpackLunr` recomputes lunr 2's BM25 weights exactly (a unit test compares them with lunr's own).
 */
import type lunr from 'lunr';

/** lunr's serialised index, the input of `lunr.Index.load`. */
export interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  pipeline: string[];
}

export interface PackedLunr {
  version: string;
  fields: string[];
  boosts: number[];
  pipeline: string[];
  /** Every indexed term, sorted; a term's number is its position here. */
  terms: string[];
  /**
   * Per term, per field: the positions (in `refs`) of the documents whose field holds the term;
   * a negative number after a position is that document's count of the term, when more than one.
   */
  postings: number[][][];
  /** Per field, per document: how many terms the field holds after lunr's pipeline. */
  lengths: number[][];
}

/** lunr's BM25 parameters (its builder's defaults, which this site keeps). */
const K1 = 1.2;
const B = 0.75;

/** What lunr.Builder keeps after build(), read to pack it: public fields the typings leave out. */
interface BuiltLunr {
  _fields: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/** Packs a built index; `builder` is the one that built it, `refs` every document in order. */
export function packLunr(index: lunr.Index, builder: lunr.Builder, refs: readonly string[]): PackedLunr {
  const built = builder as unknown as BuiltLunr;
  if (built._k1 !== K1 || built._b !== B) throw new Error('packLunr recomputes weights with lunr’s default k1 and b only');
  const json = index.toJSON() as unknown as LunrJson;
  const terms = json.invertedIndex.map(([term]) => term);
  const termNumber = new Map(terms.map((term, t) => [term, t]));
  const postings = terms.map(() => json.fields.map((): number[] => []));
  const lengths = json.fields.map(() => refs.map(() => 0));
  // Documents in order, so each posting list is by ascending position.
  refs.forEach((ref, doc) => {
    json.fields.forEach((field, f) => {
      const fieldRef = `${field}/${ref}`;
      lengths[f]![doc] = built.fieldLengths[fieldRef] ?? 0;
      for (const [term, count] of Object.entries(built.fieldTermFrequencies[fieldRef] ?? {})) {
        postings[termNumber.get(term)!]![f]!.push(...(count === 1 ? [doc] : [doc, -count]));
      }
    });
  });
  return {
    version: json.version,
    fields: json.fields,
    boosts: json.fields.map((field) => built._fields[field]?.boost ?? 1),
    pipeline: json.pipeline,
    terms,
    postings,
    lengths,
  };
}

/** lunr's JSON again, with the weights lunr's builder would have computed. */
export function unpackLunr(packed: PackedLunr, refs: readonly string[]): LunrJson {
  const { fields, terms, postings, lengths } = packed;
  const documentCount = refs.length;
  const averageLength = fields.map((_, f) => (lengths[f] ?? []).reduce((sum, n) => sum + n, 0) / documentCount);
  // vectors[f][doc]: term number and weight pairs, by ascending term number as lunr requires.
  const vectors = fields.map(() => refs.map((): number[] => []));
  const invertedIndex = terms.map((term, t): LunrJson['invertedIndex'][number] => {
    const perField = fields.map((_, f) => readPosting(postings[t]?.[f] ?? [], documentCount));
    const documentsWithTerm = perField.reduce((sum, docs) => sum + docs.length, 0);
    const idf = Math.log(1 + Math.abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
    const posting: Record<string, unknown> & { _index: number } = { _index: t };
    fields.forEach((field, f) => {
      posting[field] = Object.fromEntries(perField[f]!.map(([doc]) => [refs[doc]!, {}]));
      for (const [doc, tf] of perField[f]!) {
        // lunr.Builder#createFieldVectors, operation for operation, so the weights are identical.
        let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * ((lengths[f]?.[doc] ?? 0) / averageLength[f]!)) + tf);
        score *= packed.boosts[f] ?? 1;
        vectors[f]![doc]!.push(t, Math.round(score * 1000) / 1000);
      }
    });
    return [term, posting];
  });
  return {
    version: packed.version,
    fields,
    pipeline: packed.pipeline,
    invertedIndex,
    fieldVectors: fields.flatMap((field, f) => refs.map((ref, doc): [string, number[]] => [`${field}/${ref}`, vectors[f]![doc]!])),
  };
}

/** [document, term count] pairs of one field's posting list; throws on a document beyond refs. */
function readPosting(list: readonly number[], documentCount: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (const n of list) {
    if (n < 0 && pairs.length > 0) pairs[pairs.length - 1]![1] = -n;
    else if (Number.isInteger(n) && n >= 0 && n < documentCount) pairs.push([n, 1]);
    else throw new Error(`packed lunr index: bad posting ${n}`);
  }
  return pairs;
}
