/**
 * What RoiCalculator.astro and <roi-calculator> agree on: the UI strings the page hands to the
 * browser, and the data-* hooks and <template>s the element finds in the markup. Both sides import
 * this file; the element names the missing hook when markup does not carry one.
 */
import { FIELD_MESSAGE_KEYS } from './field-value';
import type { CalcKey } from './view';

/** The strings roiView and linesTable write, at build time and in the browser. */
export const ROI_VIEW_MESSAGE_KEYS = [
  'roi.figure.too-large',
  'roi.roi.zero-cost',
  'roi.roi.negative-cost',
  'roi.irr.no-sign-change',
  'roi.irr.multiple-sign-changes',
  'roi.irr.no-root',
  'roi.payback.never',
  'roi.payback.months',
  'roi.scenario.amounts-too-large',
  'roi.period.0',
  'roi.period.n',
  'roi.summary',
  'roi.label',
  'roi.low',
  'roi.likely',
  'roi.high',
  'roi.costs',
  'roi.benefits',
] as const satisfies readonly CalcKey[];

export type RoiViewMessageKey = (typeof ROI_VIEW_MESSAGE_KEYS)[number];
export type RoiViewTranslate = (key: RoiViewMessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** Everything the element reads from the page's <ClientMessages name={ROI_MESSAGES_NAME}>. */
export const ROI_MESSAGE_KEYS = [
  ...ROI_VIEW_MESSAGE_KEYS,
  ...FIELD_MESSAGE_KEYS,
  'calc.problems',
  'calc.problem',
  'calc.problem.line',
  'calc.problem.tooManyLines',
  'calc.error.order',
  'calc.error.fix',
  'roi.actions',
  'roi.newLine',
  'roi.dist.pert',
  'roi.dist.triangular',
] as const satisfies readonly CalcKey[];

export type RoiMessageKey = (typeof ROI_MESSAGE_KEYS)[number];
export const ROI_MESSAGES_NAME = 'calc-roi';

/** The form fields the element reads and fills, by name. */
export const ROI_FIELD_NAMES = ['rate', 'years', 'riskCost', 'riskBenefit', 'seed', 'dist', 'currency'] as const;
export type RoiFieldName = (typeof ROI_FIELD_NAMES)[number];

/** A hook is the attributes the markup spreads on an element (`<section {...ROI_HOOKS.inputs}>`). */
export type Hook = Readonly<Record<`data-${string}`, string>>;

export const ROI_HOOKS = {
  /** The form; its fields are found by name inside it. */
  inputs: { 'data-inputs': '' },
  /** Where the element builds the editable lines (hidden until it has). */
  linesEditor: { 'data-lines-editor': '' },
  /** The read-only lines table (shown without script, and on paper). */
  linesTable: { 'data-lines-table': '' },
  risk: { 'data-risk': '' },
  monteCarlo: { 'data-monte-carlo': '' },
  cashflowChart: { 'data-chart': 'cashflow' },
  tornadoChart: { 'data-chart': 'tornado' },
  cashflowRows: { 'data-table': 'cashflow' },
  tornadoRows: { 'data-table': 'tornado' },
} as const satisfies Record<string, Hook>;

/**
 * The <template data-template="…">s client-side rows are cloned from, each beside the server markup
 * it matches; their fixed texts (a side's legend, its buttons) are written by the server.
 */
export const ROI_TEMPLATES = {
  /** A side of the editor: fieldset > legend, table (thead tr, tbody), button[data-add]. */
  editorCosts: 'roi-editor-costs',
  editorBenefits: 'roi-editor-benefits',
  editorHeading: 'roi-editor-heading',
  editorRow: 'roi-editor-row',
  /** td > input + [data-field-message]; the label's and a number's cell differ in width and keyboard. */
  editorLabelCell: 'roi-editor-label',
  editorNumberCell: 'roi-editor-number',
  /** td > button (remove the line). */
  editorRemoveCell: 'roi-editor-remove',
  /** tr > th (the first column's heading); the others are linesHeading. */
  linesHeadRow: 'roi-lines-head-row',
  linesHeading: 'roi-lines-heading',
  /** tbody > tr > th (the side's title, spanning the table). */
  linesSection: 'roi-lines-section',
  linesRow: 'roi-lines-row',
  linesCell: 'roi-lines-cell',
  /** tr > th (the row's label); its cells are chartCell. */
  chartRow: 'roi-chart-row',
  chartCell: 'roi-chart-cell',
} as const;

export type RoiTemplate = (typeof ROI_TEMPLATES)[keyof typeof ROI_TEMPLATES];

/** The CSS selector of a hook. */
export const hookSelector = (hook: Hook): string =>
  Object.entries(hook)
    .map(([name, value]) => (value === '' ? `[${name}]` : `[${name}="${value}"]`))
    .join('');
