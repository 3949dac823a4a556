/** The components authors may use in MDX without importing them (passed to every rendered entry). */
import Calculator from './Calculator.astro';
import Callout from './Callout.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import Link from './Link.astro';
import QuestionsToAsk from './QuestionsToAsk.astro';
import Quiz from './Quiz.astro';
import SlidePoints from './SlidePoints.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';
import Table from './Table.astro';
import Term from './Term.astro';

// `table` and `a` are Markdown elements, not components: astro.config.mjs keeps them out of MDX's static optimisation so these apply.
export const mdxComponents = { Calculator, Callout, KeyTakeaways, QuestionsToAsk, Quiz, SlidePoints, Source, Stat, Term, table: Table, a: Link };
