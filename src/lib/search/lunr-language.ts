/**
 * lunr set up for the site's two languages. French: the lunr-languages trimmer, stop words,
 * accent folding and Snowball stemmer, then a fold of any accent left; English: accents folded,
 * then lunr's own trimmer, stop words and stemmer; any other language (a test build's extra one):
 * accents folded and words trimmed, no stemming. The same happens to the query, so `reseaux`
 * finds `réseaux` and `cafe` finds `café`.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import frenchSupport from 'lunr-languages/lunr.fr.js';
import type { Lang } from '../content/translations';
import { foldAccents } from './fold';

interface FrenchLunr {
  fr: lunr.Builder.Plugin & { stopWordFilter: lunr.PipelineFunction };
}

const foldToken: lunr.PipelineFunction = (token) => token.update((text) => foldAccents(text));

let registered = false;
/** lunr-languages registers its pipeline functions on the shared lunr object: once only, or lunr warns. */
function register(): lunr.Builder.Plugin & { stopWordFilter: lunr.PipelineFunction } {
  if (!registered) {
    stemmerSupport(lunr);
    frenchSupport(lunr);
    lunr.Pipeline.registerFunction(foldToken, 'board-academy-fold');
    registered = true;
  }
  return (lunr as unknown as FrenchLunr).fr;
}

/** The builder plugin for one language: its pipelines, then accent folding. */
export function languagePlugin(lang: Lang): lunr.Builder.Plugin {
  const french = register();
  return function (this: lunr.Builder) {
    if (lang === 'fr') {
      this.use(french);
      this.pipeline.add(foldToken);
      this.searchPipeline.add(foldToken);
    } else if (lang === 'en') {
      // lunr's English trimmer keeps ASCII letters only (`café` would become `caf`): fold first.
      this.pipeline.reset();
      this.pipeline.add(foldToken, lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
      this.searchPipeline.reset();
      this.searchPipeline.add(foldToken, lunr.stemmer);
    } else {
      // No stemmer of this language here: English rules would cut its words wrongly.
      this.pipeline.reset();
      this.pipeline.add(foldToken, lunr.trimmer);
      this.searchPipeline.reset();
      this.searchPipeline.add(foldToken);
    }
  };
}

/** Words such as `de`, `la`, `the`, `of`, which the index leaves out. */
export function isStopWord(lang: Lang, word: string): boolean {
  if (lang !== 'fr' && lang !== 'en') return false;
  const filter = lang === 'fr' ? register().stopWordFilter : lunr.stopWordFilter;
  return filter(new lunr.Token(word, {}), 0, []) === undefined;
}

/**
 * A lunr index of `documents` (each a `ref` and its text by field) in `lang`, with the builder
 * that made it: packing reads the builder's term counts and field lengths.
 */
export function buildLunrIndex(
  lang: Lang,
  documents: readonly ({ ref: string } & Record<string, string>)[],
  boosts: Readonly<Record<string, number>>,
): { builder: lunr.Builder; index: lunr.Index } {
  const builder = new lunr.Builder();
  builder.use(languagePlugin(lang));
  builder.ref('ref');
  for (const [field, boost] of Object.entries(boosts)) builder.field(field, { boost });
  for (const doc of documents) builder.add(doc);
  return { builder, index: builder.build() };
}

/** An index serialised at build time, ready to query (its pipeline functions registered first). */
export function loadIndex(serialised: object): lunr.Index {
  register();
  return lunr.Index.load(serialised);
}

export { lunr };
