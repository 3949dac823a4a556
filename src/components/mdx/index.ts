/** The components authors may use in MDX without importing them (passed to every rendered entry). */
import Callout from './Callout.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import QuestionsToAsk from './QuestionsToAsk.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, KeyTakeaways, QuestionsToAsk, Source, Stat, Term };
