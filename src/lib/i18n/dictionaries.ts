/**
 * The UI strings, one folder per language (fr/, en/), one JSON file per area of the site; README,
 * "Translating". French is the reference: its keys are the MessageKey type, so a key misspelt in
 * code fails `astro check`; every other language is typed against it and checked by
 * tests/unit/i18n/dictionaries.test.ts (same files, same keys, same placeholders, no key unused).
 */
import frBrief from './fr/brief.json' with { type: 'json' };
import frCalculators from './fr/calculators.json' with { type: 'json' };
import frCore from './fr/core.json' with { type: 'json' };
import frLearning from './fr/learning.json' with { type: 'json' };
import frLms from './fr/lms.json' with { type: 'json' };
import frOffline from './fr/offline.json' with { type: 'json' };
import frProblems from './fr/problems.json' with { type: 'json' };
import frSearch from './fr/search.json' with { type: 'json' };
import frTrainer from './fr/trainer.json' with { type: 'json' };
import enBrief from './en/brief.json' with { type: 'json' };
import enCalculators from './en/calculators.json' with { type: 'json' };
import enCore from './en/core.json' with { type: 'json' };
import enLearning from './en/learning.json' with { type: 'json' };
import enLms from './en/lms.json' with { type: 'json' };
import enOffline from './en/offline.json' with { type: 'json' };
import enProblems from './en/problems.json' with { type: 'json' };
import enSearch from './en/search.json' with { type: 'json' };
import enTrainer from './en/trainer.json' with { type: 'json' };
import { extraLocale } from '../content/extra-locale.ts';
import type { Lang } from '../content/translations.ts';

export const fr = {
  ...frCore,
  ...frLearning,
  ...frOffline,
  ...frLms,
  ...frProblems,
  ...frCalculators,
  ...frBrief,
  ...frSearch,
  ...frTrainer,
};

export type MessageKey = keyof typeof fr;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  ...enCore,
  ...enLearning,
  ...enOffline,
  ...enLms,
  ...enProblems,
  ...enCalculators,
  ...enBrief,
  ...enSearch,
  ...enTrainer,
};

/**
 * Every built language's strings. A test build's extra language (extra-locale.ts) brings its own,
 * possibly for some areas only: the others stay French, as an untranslated lesson does.
 */
export const dictionaries: Readonly<Record<Lang, Dictionary>> = {
  fr,
  en,
  ...(extraLocale ? { [extraLocale.lang]: Object.assign({ ...fr }, ...Object.values(extraLocale.strings)) as Dictionary } : {}),
};
