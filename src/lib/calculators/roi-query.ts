/**
 * Share link of the economic-impact calculator (docs/contracts.md, "Calculator links and figures"):
 *
 *   rate=10&years=3&cost=Licences:53150,666715&benefit=Sales%20time:0,1606511&riskCost=10&riskBenefit=15
 *
 * - `rate`: discount rate in percent; `years`: horizon in whole years;
 * - `cost`, `benefit`: repeatable, `Label:v0,v1,…` with dot decimals, at most ROI_LINE_LIMITS.values
 *   values and ROI_LINE_LIMITS.lines lines per side. The label ends at the LAST ':', so it may
 *   itself contain ':' (and ',');
 * - `riskCost`, `riskBenefit`: risk adjustments in percent, optional.
 * Their bounds and defaults are ROI_SPECS (roi-spec.ts), which the page's fields use too.
 *
 * Parsing never throws. A bad scalar parameter falls back to its default; a bad line is dropped
 * on its own, the other lines are kept. Either way a problem is reported for the page to show.
 * An empty parameter (`rate=`, as an empty form field submits it) counts as absent, except that
 * an empty `cost=` or `benefit=` says the side has no lines (rather than the defaults' lines); a
 * repeated scalar parameter uses its first occurrence; unknown parameters are ignored.
 */
import { DECIMAL, shorten } from '../share-link/text';
import { normalizeLabel, type EconomicImpactInput, type LineItem } from '../finance/economic-impact-input';
import { ROI_CELL_SPECS, ROI_LINE_LIMITS, ROI_SPECS } from './roi-spec';
import { acceptsValue, readScalar } from './scalar-query';

type ScalarField = 'rate' | 'years' | 'riskCost' | 'riskBenefit';
export type RoiQueryField = ScalarField | 'cost' | 'benefit';

/** Message keys for the i18n dictionaries; `line` and `received` are their parameters. */
export type RoiQueryProblemKey = `roi.problem.${ScalarField}` | 'roi.problem.line' | 'roi.problem.tooManyLines';

export interface RoiQueryProblem {
  readonly field: RoiQueryField;
  readonly key: RoiQueryProblemKey;
  /** 1-based position among the parameter's occurrences, for a line. */
  readonly line?: number;
  /** The offending text, shortened (the number of lines for tooManyLines); render it as text. */
  readonly received: string;
}

export interface ParsedRoiQuery {
  readonly state: EconomicImpactInput;
  readonly problems: readonly RoiQueryProblem[];
}

export const ROI_QUERY_DEFAULTS: EconomicImpactInput = {
  ratePercent: ROI_SPECS.rate.defaultValue,
  years: ROI_SPECS.years.defaultValue,
  costs: [],
  benefits: [],
};


export function parseRoiQuery(
  params: URLSearchParams,
  defaults: EconomicImpactInput = ROI_QUERY_DEFAULTS,
): ParsedRoiQuery {
  const problems: RoiQueryProblem[] = [];
  const scalar = (field: ScalarField) => {
    const value = readScalar(ROI_SPECS[field], params.get(field));
    if (value !== null) return value;
    problems.push({ field, key: `roi.problem.${field}`, received: shorten(params.get(field)?.trim() ?? '') });
    return undefined;
  };
  const lines = (field: 'cost' | 'benefit', fallback: readonly LineItem[]) => {
    const raws = params.getAll(field);
    if (raws.length === 0) return fallback;
    // An empty `cost=` is no line, but the link still sets this side: that is how a side without lines is written.
    const given = raws.map((raw, index) => ({ raw, position: index + 1 })).filter(({ raw }) => raw.trim() !== '');
    if (given.length > ROI_LINE_LIMITS.lines) {
      problems.push({ field, key: 'roi.problem.tooManyLines', received: String(given.length) });
    }
    const parsed: LineItem[] = [];
    for (const { raw, position } of given.slice(0, ROI_LINE_LIMITS.lines)) {
      const line = parseLine(raw);
      if (line) parsed.push(line);
      else problems.push({ field, key: 'roi.problem.line', line: position, received: shorten(raw) });
    }
    return parsed;
  };

  const ratePercent = scalar('rate');
  const years = scalar('years');
  const riskCostPercent = scalar('riskCost') ?? defaults.riskCostPercent;
  const riskBenefitPercent = scalar('riskBenefit') ?? defaults.riskBenefitPercent;
  const state: EconomicImpactInput = {
    ratePercent: ratePercent ?? defaults.ratePercent,
    years: years ?? defaults.years,
    costs: lines('cost', defaults.costs),
    benefits: lines('benefit', defaults.benefits),
    // exactOptionalPropertyTypes: an unset risk is an absent key, never `undefined`.
    ...(riskCostPercent === undefined ? {} : { riskCostPercent }),
    ...(riskBenefitPercent === undefined ? {} : { riskBenefitPercent }),
  };
  return { state, problems };
}

/**
 * The inverse of `parseRoiQuery` for a valid state whose labels are normalized (as parsing
 * returns them); `.toString()` gives the query string.
 */
export function serializeRoiQuery(state: EconomicImpactInput): URLSearchParams {
  const params = new URLSearchParams();
  params.set('rate', String(state.ratePercent));
  params.set('years', String(state.years));
  const lines = (field: 'cost' | 'benefit', items: readonly LineItem[]) => {
    if (items.length === 0) params.append(field, '');
    for (const line of items) params.append(field, serializeLine(line));
  };
  lines('cost', state.costs);
  lines('benefit', state.benefits);
  if (state.riskCostPercent !== undefined) params.set('riskCost', String(state.riskCostPercent));
  if (state.riskBenefitPercent !== undefined) params.set('riskBenefit', String(state.riskBenefitPercent));
  return params;
}

function parseLine(raw: string): LineItem | null {
  const separator = raw.lastIndexOf(':');
  if (separator === -1) return null;
  const valuesText = raw.slice(separator + 1).trim();
  const texts = valuesText === '' ? [] : valuesText.split(',').map((text) => text.trim());
  if (texts.length > ROI_LINE_LIMITS.values || !texts.every((text) => DECIMAL.test(text))) return null;
  const values = texts.map((text) => Number(text) + 0); // −0 as 0: String(-0) writes "0"
  if (!values.every((value) => acceptsValue(ROI_CELL_SPECS.amount, value))) return null;
  return { label: normalizeLabel(raw.slice(0, separator)), values };
}

const serializeLine = (line: LineItem) => `${line.label}:${line.values.map(String).join(',')}`;
