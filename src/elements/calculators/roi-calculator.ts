/**
 * The economic-impact calculator in the browser, as a controller: it reads the share link or the
 * preset, keeps the lines being edited, recomputes on every change and hands the view to the
 * renderers in ./roi/ (fields, editor, figures, tables). The markup it relies on is listed in
 * lib/calculators/roi-contract.ts; the bounds of every field in lib/calculators/roi-spec.ts.
 */
import {
  BLANK_ROI_STATE,
  DEFAULT_BENEFIT_RANGE,
  DEFAULT_COST_RANGE,
  parseRoiQueryOver,
  roiStateFromFields,
  serializeRoiPageQuery,
  type RoiPageProblem,
  type RoiState,
} from '../../lib/calculators/roi-model';
import { ROI_HOOKS, ROI_MESSAGES_NAME, type RoiMessageKey } from '../../lib/calculators/roi-contract';
import { linesTable, roiView } from '../../lib/calculators/roi-view';
import { pageLocale, readMessages, type Translate } from '../messages';
import { announce, initialQuery, publishOnLoad, publishState, showProblems, showResults, wirePrint } from './fields';
import { showFigures } from './roi/figures';
import { cellId, editableLines, newLine, readEditor, renderEditor, type EditableLine, type Side } from './roi/lines-editor';
import { part } from './roi/markup';
import { fillScalars, readScalars } from './roi/scalar-fields';
import { fillChartRows, fillLinesTable } from './roi/tables';

/** How long typing must pause before the closed tables, the printed lines and the Monte Carlo run follow. */
const SETTLE_MS = 150;

class RoiCalculator extends HTMLElement {
  private t!: Translate<RoiMessageKey>;
  private locale = 'fr-FR';
  private uid = 'roi';
  private years = 3;
  private lines: Record<Side, EditableLine[]> = { costs: [], benefits: [] };
  private settleTimer = 0;
  private monteCarloRun = 0;

  connectedCallback() {
    this.t = readMessages<RoiMessageKey>(ROI_MESSAGES_NAME);
    this.locale = pageLocale();
    this.uid = this.dataset.uid ?? 'roi';
    // What the page was built with (its preset, or the worked example) fills in whatever a link leaves out.
    const built = parseRoiQueryOver(new URLSearchParams(this.dataset.query ?? ''), BLANK_ROI_STATE).state;
    const { state, problems } = parseRoiQueryOver(initialQuery(this), built);
    fillScalars(this, state, this.locale);
    this.lines = {
      costs: editableLines(state.input.costs, state.costRanges, DEFAULT_COST_RANGE),
      benefits: editableLines(state.input.benefits, state.benefitRanges, DEFAULT_BENEFIT_RANGE),
    };
    this.years = state.input.years;
    this.renderEditor();
    part(this, ROI_HOOKS.linesTable).classList.add('hidden', 'print:block');
    showProblems(this, problems.map((problem) => this.problemText(problem)), this.t);
    // Unless the address changed the inputs, the built page already shows this state's tables and
    // Monte Carlo run: redoing 10,000 draws while the page loads would only block the main thread.
    const asBuilt = problems.length === 0 && (!this.hasAttribute('data-sync-url') || location.search === '');
    // Listening first: whatever the first render meets, typing still recomputes.
    this.addEventListener('input', () => this.recompute());
    this.addEventListener('change', () => this.recompute());
    this.addEventListener('click', (event) => this.onClick(event));
    wirePrint(this);
    this.render(state, false, !asBuilt);
    if (publishOnLoad(this, problems.length)) publishState(this, serializeRoiPageQuery(state), { now: true });
  }

  private problemText(problem: RoiPageProblem): string {
    if ('key' in problem && problem.key === 'roi.problem.line') {
      return this.t('calc.problem.line', { field: problem.field, line: problem.line ?? 0, received: problem.received });
    }
    if ('key' in problem && problem.key === 'roi.problem.tooManyLines') {
      return this.t('calc.problem.tooManyLines', { field: problem.field, received: problem.received });
    }
    return this.t('calc.problem', { field: problem.field, received: problem.received });
  }

  private renderEditor(): void {
    renderEditor(part(this, ROI_HOOKS.linesEditor), this.lines, { root: this, uid: this.uid, locale: this.locale, years: this.years, t: this.t });
  }

  private onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    if (!button) return;
    if (!readEditor(this, this.lines, this.years, this.t)) return announce(this, this.t('calc.error.fix'));
    const side = (button.dataset.add ?? button.dataset.remove) as Side;
    if (button.dataset.add) {
      this.lines[side].push(newLine(side, this.t('roi.newLine')));
      this.renderEditor();
      document.getElementById(cellId(this.uid, side, this.lines[side].length - 1, 'label'))?.focus();
    } else {
      this.lines[side].splice(Number(button.dataset.index), 1);
      this.renderEditor();
      this.querySelector<HTMLButtonElement>(`button[data-add="${side}"]`)?.focus();
    }
    this.recompute();
  }

  private recompute(): void {
    const scalars = readScalars(this, this.t);
    const { ratePercent, years, riskCostPercent, riskBenefitPercent, seed } = scalars;
    if (years !== null && years !== this.years) {
      readEditor(this, this.lines, this.years, this.t);
      this.years = years;
      this.renderEditor();
    }
    const linesValid = readEditor(this, this.lines, this.years, this.t);
    if (ratePercent === null || years === null || riskCostPercent === null || riskBenefitPercent === null || seed === null || !linesValid) {
      return announce(this, this.t('calc.error.fix'));
    }
    const state = roiStateFromFields({ ...scalars, ratePercent, years, riskCostPercent, riskBenefitPercent, seed, ...this.lines });
    this.render(state, true);
    publishState(this, serializeRoiPageQuery(state));
  }

  private render(state: RoiState, speak: boolean, refreshDeferred = true): void {
    const view = roiView(state, this.locale, this.t);
    showFigures(this, view, state, this.locale, this.t);
    if (speak) announce(this, view.summary);
    if (!refreshDeferred) return;
    // Headline figures, scenarios and charts follow every keystroke; what sits in closed data
    // tables, on paper only, or takes milliseconds (Monte Carlo, loaded on demand) follows once typing pauses.
    // Until the new draws land, the figures on screen belong to the previous inputs (or to the
    // server-rendered defaults): say so, and let only the latest run write its results.
    const monteCarloFigures = part(this, ROI_HOOKS.monteCarlo);
    monteCarloFigures.setAttribute('aria-busy', 'true');
    const run = ++this.monteCarloRun;
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      fillChartRows(part(this, ROI_HOOKS.cashflowRows), view.cashFlow.rows.map((row) => ({ label: row.period, cells: row.cells })));
      fillChartRows(part(this, ROI_HOOKS.tornadoRows), view.tornado.rows);
      fillLinesTable(part(this, ROI_HOOKS.linesTable), linesTable(state, this.locale, this.t));
      void import('../../lib/calculators/roi-monte-carlo-view').then(({ monteCarloView }) => {
        if (run !== this.monteCarloRun) return;
        showResults(this, monteCarloView(state, this.locale));
        monteCarloFigures.removeAttribute('aria-busy');
      });
    }, SETTLE_MS);
  }
}

if (!customElements.get('roi-calculator')) customElements.define('roi-calculator', RoiCalculator);
