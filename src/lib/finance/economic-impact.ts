/**
 * The economic-impact (TEI-style) calculator: present values, NPV, ROI and payback of a set of
 * cost and benefit lines, plus the same figures after risk adjustment when it is asked for.
 */
import { presentValue } from './discounting';
import { economicImpactInputSchema, totalsOverHorizon, type EconomicImpactInput } from './economic-impact-input';
import { defined, validate, type Validated } from './outcome';
import { paybackMonths } from './payback';
import { riskAdjust } from './risk-adjustment';
import { roi, type RoiOutcome } from './roi';

export interface ImpactFigures {
  /** Total costs per period, v0 (time 0) to vYears. */
  readonly costFlows: readonly number[];
  readonly benefitFlows: readonly number[];
  readonly pvCosts: number;
  readonly pvBenefits: number;
  readonly npv: number;
  /** Percent. */
  readonly roi: RoiOutcome;
  /** Undiscounted, from time 0; null when not reached within the horizon. */
  readonly paybackMonths: number | null;
}

export interface EconomicImpact extends ImpactFigures {
  /** Present only when riskCostPercent or riskBenefitPercent is set (the other one then counts as 0). */
  readonly riskAdjusted?: ImpactFigures;
}

export function economicImpact(input: EconomicImpactInput): Validated<EconomicImpact> {
  const checked = validate(economicImpactInputSchema, input);
  if (!checked.ok) return checked;
  const costFlows = totalsOverHorizon(input.costs, input.years);
  const benefitFlows = totalsOverHorizon(input.benefits, input.years);
  const figures = impactFigures(costFlows, benefitFlows, input.ratePercent);
  const { riskCostPercent, riskBenefitPercent } = input;
  if (riskCostPercent === undefined && riskBenefitPercent === undefined) return defined(figures);
  const riskAdjusted = impactFigures(
    riskAdjust(costFlows, 'cost', riskCostPercent ?? 0),
    riskAdjust(benefitFlows, 'benefit', riskBenefitPercent ?? 0),
    input.ratePercent,
  );
  return defined({ ...figures, riskAdjusted });
}

function impactFigures(costFlows: number[], benefitFlows: number[], ratePercent: number): ImpactFigures {
  const pvCosts = presentValue(costFlows, ratePercent);
  const pvBenefits = presentValue(benefitFlows, ratePercent);
  return {
    costFlows,
    benefitFlows,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roi: roi(pvCosts, pvBenefits),
    paybackMonths: paybackMonths(costFlows, benefitFlows),
  };
}
