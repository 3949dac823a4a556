import type { Outcome } from '../finance/outcome';
import type { Interval } from '../stats/two-proportions';
import { formatMoney, formatNumber, formatPercent } from './format';
import { MAX_PEOPLE, planTest, readTest, type LiftField, type LiftIssue, type LiftState } from './lift-test';
import { SCALAR_ELEMENT_KEYS } from './scalar-contract';
import type { CalcKey, CalculatorMessages, KeysTranslate, ResultView } from './view';

/** The rows of the reading table: an estimate and the two ends of its interval (`<name>-low`, `<name>-high`). */
export const READ_ROWS = [
  { name: 'absolute-lift', label: 'lift.row.absolute' },
  { name: 'relative-lift', label: 'lift.row.relative' },
  { name: 'incremental-conversions', label: 'lift.row.conversions' },
  { name: 'incremental-margin', label: 'lift.row.margin' },
  { name: 'roi', label: 'lift.row.roi' },
] as const satisfies readonly { name: string; label: CalcKey }[];

export interface LiftTestView {
  readonly results: readonly ResultView[];
  /** A message for each field that is wrong given the others (shown on the field, aria-invalid). */
  readonly fieldMessages: Partial<Record<LiftField, string>>;
  /** Texts that follow the inputs: the interval's level in the table headers, the verdict. */
  readonly texts: Readonly<Record<string, string>>;
  readonly summary: string;
}

const REASON_KEYS = {
  'no-control-conversions': 'lift.reason.noControlConversions',
  'no-exposed-conversions': 'lift.reason.noExposedConversions',
  'no-variation': 'lift.reason.noVariation',
  'no-cost': 'lift.reason.noCost',
  plan: 'lift.reason.plan',
} as const satisfies Record<string, CalcKey>;

type Reason = keyof typeof REASON_KEYS;

/** The strings liftTestView writes, at build time and in the browser. */
const LIFT_VIEW_KEYS = [
  ...Object.values(REASON_KEYS),
  'lift.people.one',
  'lift.people.other',
  'lift.points.one',
  'lift.points.other',
  'lift.pValue.below',
  'lift.issue.baseline-zero',
  'lift.issue.baseline-full',
  'lift.issue.lift-zero',
  'lift.issue.lift-too-small',
  'lift.issue.lift-too-high',
  'lift.issue.no-people',
  'lift.issue.more-conversions-than-people',
  'lift.notComputed',
  'lift.weeks.one',
  'lift.weeks.other',
  'lift.summary.plan',
  'lift.summary.plan.none',
  'lift.summary.read',
  'lift.summary.read.none',
  'lift.verdict.up',
  'lift.verdict.down',
  'lift.verdict.none',
  'lift.verdict.roiUncertain',
  'lift.table.low',
  'lift.table.high',
] as const satisfies readonly CalcKey[];

/** What LiftTestCalculator.astro hands to <lift-test-calculator>. */
export const LIFT_TEST_MESSAGES = { name: 'calc-lift-test', keys: [...SCALAR_ELEMENT_KEYS, ...LIFT_VIEW_KEYS] } as const satisfies CalculatorMessages<CalcKey>;

const pluralRules = new Map<string, Intl.PluralRules>();

export function liftTestView(state: LiftState, locale: string, t: KeysTranslate<(typeof LIFT_VIEW_KEYS)[number]>): LiftTestView {
  const { fields } = state;
  let plural = pluralRules.get(locale);
  if (!plural) pluralRules.set(locale, (plural = new Intl.PluralRules(locale)));
  const count = (value: number) => formatNumber(value, locale, 0);
  const people = (value: number) =>
    t(plural.select(value) === 'one' ? 'lift.people.one' : 'lift.people.other', { count: count(value) });
  const percent = (value: number) => formatPercent(value, locale, 2);
  const points = (value: number) =>
    t(plural.select(Math.abs(value)) === 'one' ? 'lift.points.one' : 'lift.points.other', { value: formatNumber(value, locale, 3) });
  const money = (value: number) => formatMoney(value, locale, state.currency, 0);
  const pValueText = (value: number) => (value < 1e-4 ? t('lift.pValue.below', { value: formatNumber(1e-4, locale, 4) }) : formatNumber(value, locale, 4));
  const level = formatPercent(100 - fields.alpha, locale, 1);
  const alphaText = formatPercent(fields.alpha, locale, 1);

  const issueText = (issue: LiftIssue): string => {
    switch (issue.code) {
      case 'lift-too-high':
        return t('lift.issue.lift-too-high', { max: percent(issue.maxLift) });
      case 'lift-too-small':
        return t('lift.issue.lift-too-small', { max: count(MAX_PEOPLE) });
      case 'more-conversions-than-people': {
        const group = issue.field === 'controlConversions' ? 'control' : 'exposed';
        return t('lift.issue.more-conversions-than-people', { conversions: count(fields[issue.field]), people: count(fields[`${group}People`]) });
      }
      default:
        return t(`lift.issue.${issue.code}`);
    }
  };
  const fieldMessages: Partial<Record<LiftField, string>> = {};
  const notComputed = (issues: readonly LiftIssue[]) => {
    for (const issue of issues) fieldMessages[issue.field] = issueText(issue);
    return t('lift.notComputed', { reason: issues.map(issueText).join(' ') });
  };
  const missing = (name: string, text: string): ResultView => ({ name, value: null, text });

  // Plan.
  const plan = planTest(fields);
  const planResults: ResultView[] = [];
  let planSummary: string;
  if (plan.ok) {
    const { controlPeople, exposedPeople, totalPeople, weeks } = plan.value;
    const wholeWeeks = Math.ceil(weeks);
    const weeksText = t(plural.select(wholeWeeks) === 'one' ? 'lift.weeks.one' : 'lift.weeks.other', {
      weeks: count(wholeWeeks),
      exact: formatNumber(weeks, locale, 1),
    });
    planResults.push(
      { name: 'control-people', value: controlPeople, text: people(controlPeople) },
      { name: 'exposed-people', value: exposedPeople, text: people(exposedPeople) },
      { name: 'total-people', value: totalPeople, text: people(totalPeople) },
      { name: 'weeks', value: weeks, text: weeksText },
    );
    planSummary = t('lift.summary.plan', { control: people(controlPeople), exposed: people(exposedPeople), total: people(totalPeople), weeks: weeksText });
  } else {
    const reason = notComputed(plan.issues);
    for (const name of ['control-people', 'exposed-people', 'total-people', 'weeks']) planResults.push(missing(name, reason));
    planSummary = t('lift.summary.plan.none', { reason });
  }

  // Reading.
  const read = readTest(fields);
  const readResults: ResultView[] = [];
  let readSummary: string;
  let verdict: string;
  const rowNames = READ_ROWS.map((row) => row.name);
  if (read.ok) {
    const r = read.value;
    const reasonText = (reason: Reason) => t(REASON_KEYS[reason]);
    const figure = <R extends Reason>(name: string, outcome: Outcome<number, R>, text: (value: number) => string): ResultView =>
      outcome.ok ? { name, value: outcome.value, text: text(outcome.value) } : missing(name, reasonText(outcome.reason));
    const bounds = <R extends Reason>(name: string, outcome: Outcome<Interval, R>, text: (value: number) => string): ResultView[] =>
      outcome.ok
        ? [
            { name: `${name}-low`, value: outcome.value[0], text: text(outcome.value[0]) },
            { name: `${name}-high`, value: outcome.value[1], text: text(outcome.value[1]) },
          ]
        : [missing(`${name}-low`, reasonText(outcome.reason)), missing(`${name}-high`, reasonText(outcome.reason))];
    const asPoints = (value: number) => points(value * 100);
    const conversions = (value: number) => formatNumber(value, locale, 0);
    const times100 = <R extends string>(outcome: Outcome<Interval, R>): Outcome<Interval, R> =>
      outcome.ok ? { ok: true, value: [outcome.value[0] * 100, outcome.value[1] * 100] } : outcome;
    const relativeLift = r.relativeLift.ok ? { ok: true as const, value: r.relativeLift.value * 100 } : r.relativeLift;
    readResults.push(
      { name: 'control-rate', value: r.controlRate * 100, text: percent(r.controlRate * 100) },
      { name: 'exposed-rate', value: r.exposedRate * 100, text: percent(r.exposedRate * 100) },
      { name: 'absolute-lift', value: r.difference * 100, text: asPoints(r.difference) },
      ...bounds('absolute-lift', times100(r.differenceInterval), (value) => points(value)),
      figure('relative-lift', relativeLift, percent),
      ...bounds('relative-lift', times100(r.relativeLiftInterval), percent),
      { name: 'incremental-conversions', value: r.incrementalConversions, text: conversions(r.incrementalConversions) },
      ...bounds('incremental-conversions', r.incrementalConversionsInterval, conversions),
      { name: 'incremental-margin', value: r.incrementalMargin, text: money(r.incrementalMargin) },
      ...bounds('incremental-margin', r.incrementalMarginInterval, money),
      figure('roi', r.roi, (value) => formatPercent(value, locale, 1)),
      ...bounds('roi', r.roiInterval, (value) => formatPercent(value, locale, 1)),
      figure('p-value', r.pValue, pValueText),
      figure('power-planned-lift', r.powerForPlannedLift, (value) => formatPercent(value, locale, 1)),
    );
    const text = (name: string) => readResults.find((result) => result.name === name)!.text;
    readSummary = t('lift.summary.read', {
      absolute: text('absolute-lift'),
      relative: text('relative-lift'),
      p: text('p-value'),
      margin: text('incremental-margin'),
      roi: text('roi'),
    });
    if (!r.pValue.ok) verdict = reasonText(r.pValue.reason);
    else {
      const p = pValueText(r.pValue.value);
      const significant = r.pValue.value < fields.alpha / 100;
      verdict = t(significant ? (r.difference > 0 ? 'lift.verdict.up' : 'lift.verdict.down') : 'lift.verdict.none', { alpha: alphaText, p });
      if (r.roiInterval.ok && r.roiInterval.value[0] < 0 && r.roiInterval.value[1] > 0) verdict += ` ${t('lift.verdict.roiUncertain')}`;
    }
  } else {
    const reason = notComputed(read.issues);
    for (const name of ['control-rate', 'exposed-rate', ...rowNames.flatMap((name) => [name, `${name}-low`, `${name}-high`]), 'p-value', 'power-planned-lift']) {
      readResults.push(missing(name, reason));
    }
    readSummary = t('lift.summary.read.none', { reason });
    verdict = reason;
  }

  return {
    results: [...planResults, ...readResults],
    fieldMessages,
    texts: {
      'ci-low': t('lift.table.low', { level }),
      'ci-high': t('lift.table.high', { level }),
      verdict,
    },
    summary: `${planSummary} ${readSummary}`,
  };
}
