/**
 * The economic-impact calculator in the browser: an editable table of cost and benefit lines
 * (built here with DOM APIs; the server renders the worked example read-only), scalar fields,
 * live results, charts and tables, and a Monte Carlo run loaded on demand.
 */
import { formatInput, formatNumber } from '../../lib/calculators/format';
import {
  DEFAULT_BENEFIT_RANGE,
  DEFAULT_COST_RANGE,
  isValidRange,
  parseRoiPageQuery,
  ROI_FIELD_SPECS,
  roiStateFromFields,
  serializeRoiPageQuery,
  type Range,
  type RoiPageProblem,
  type RoiState,
} from '../../lib/calculators/roi-model';
import { linesTable, roiView, type TableCell } from '../../lib/calculators/roi-view';
import type { ScalarSpec } from '../../lib/calculators/scalar-query';
import type { CalcKey, CalcTranslate } from '../../lib/calculators/view';
import { MAX_LINES_PER_SIDE, normalizeLabel } from '../../lib/finance/economic-impact-input';
import { pageLocale, readMessages } from '../messages';
import { announce, initialQuery, publishOnLoad, publishState, readNumberField, setFieldError, showProblems, showResults, showTexts, wirePrint } from './fields';
import { drawChart } from './svg';

type Side = 'costs' | 'benefits';
interface EditableLine {
  label: string;
  values: number[];
  range: Range;
}

const SPECS = ROI_FIELD_SPECS;

const RANGE_KEYS = ['low', 'likely', 'high'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function fillRows(body: HTMLElement | null, rows: readonly { label: string; cells: readonly TableCell[] }[]): void {
  if (!body) return;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = element('tr', 'border-b border-border');
      const th = element('th', 'p-1 text-left', row.label);
      th.scope = 'row';
      tr.append(th);
      for (const cell of row.cells) {
        const td = element('td', 'p-1', cell.text);
        td.dataset.value = String(cell.value);
        tr.append(td);
      }
      return tr;
    }),
  );
}

class RoiCalculator extends HTMLElement {
  private t!: CalcTranslate;
  private locale = 'fr-FR';
  private uid = 'roi';
  private years = 3;
  private lines: Record<Side, EditableLine[]> = { costs: [], benefits: [] };
  private settleTimer = 0;
  private monteCarloRun = 0;

  connectedCallback() {
    this.t = readMessages<CalcKey>('calc-roi');
    this.locale = pageLocale();
    this.uid = this.dataset.uid ?? 'roi';
    const lang = this.locale.startsWith('fr') ? 'fr' : 'en';
    const { state, problems } = parseRoiPageQuery(initialQuery(this), lang);
    this.fillScalars(state);
    this.lines = {
      costs: state.input.costs.map((line, i) => ({ label: line.label, values: [...line.values], range: state.costRanges[i] ?? DEFAULT_COST_RANGE })),
      benefits: state.input.benefits.map((line, i) => ({ label: line.label, values: [...line.values], range: state.benefitRanges[i] ?? DEFAULT_BENEFIT_RANGE })),
    };
    this.years = state.input.years;
    this.buildEditor();
    this.querySelector('[data-lines-table]')?.classList.add('hidden', 'print:block');
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
    const t = this.t;
    if ('key' in problem && problem.key === 'roi.problem.line') {
      return t('calc.problem.line', { field: problem.field, line: problem.line ?? 0, received: problem.received });
    }
    if ('key' in problem && problem.key === 'roi.problem.tooManyLines') {
      return t('calc.problem.tooManyLines', { field: problem.field, received: problem.received });
    }
    return t('calc.problem', { field: problem.field, received: problem.received });
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string): T | null {
    return this.querySelector<T>(`[data-inputs] [name="${name}"]`);
  }

  private fillScalars(state: RoiState): void {
    const set = (name: string, text: string) => {
      const input = this.field(name);
      if (input) input.value = text;
    };
    set('rate', formatInput(state.input.ratePercent, this.locale));
    set('years', String(state.input.years));
    set('riskCost', state.input.riskCostPercent === undefined ? '' : formatInput(state.input.riskCostPercent, this.locale));
    set('riskBenefit', state.input.riskBenefitPercent === undefined ? '' : formatInput(state.input.riskBenefitPercent, this.locale));
    set('seed', String(state.seed));
    const dist = this.field<HTMLSelectElement>('dist');
    if (dist) dist.value = state.distribution;
    const currency = this.field<HTMLSelectElement>('currency');
    if (currency) currency.value = state.currency;
  }

  private buildEditor(): void {
    const editor = this.querySelector<HTMLElement>('[data-lines-editor]');
    if (!editor) return;
    editor.replaceChildren(this.sideEditor('costs'), this.sideEditor('benefits'));
    editor.hidden = false;
  }

  private sideEditor(side: Side): HTMLElement {
    const t = this.t;
    const title = side === 'costs' ? t('roi.costs') : t('roi.benefits');
    const box = element('fieldset', 'mt-4');
    box.append(element('legend', 'text-lg font-semibold', title));
    const scroller = element('div', 'overflow-x-auto');
    const table = element('table', 'roi-lines border-collapse text-sm');
    const headId = (col: string) => `${this.uid}-${side}-head-${col}`;
    const columns = [
      ['label', t('roi.label')],
      ...Array.from({ length: this.years + 1 }, (_, n) => [`v${n}`, n === 0 ? t('roi.period.0') : t('roi.period.n', { n })]),
      ['low', t('roi.low')],
      ['likely', t('roi.likely')],
      ['high', t('roi.high')],
      ['actions', t('roi.actions')],
    ] as const;
    const headings = new Map(columns.map(([col, text]) => [col as string, text]));
    const headRow = element('tr');
    for (const [col, text] of columns) {
      const th = element('th', 'p-1 text-left font-medium', text);
      th.scope = 'col';
      th.id = headId(col);
      headRow.append(th);
    }
    const thead = element('thead');
    thead.append(headRow);
    const tbody = element('tbody');
    this.lines[side].forEach((line, index) => {
      const row = element('tr', 'align-top');
      const cellId = (col: string) => `${this.uid}-${side}-${index}-${col}`;
      const input = (col: string, value: string, wide: boolean) => {
        const td = element('td', 'p-1');
        // The column's name, shown above the field when the lines stack as cards on narrow screens (global.css).
        td.dataset.label = headings.get(col) ?? '';
        const field = element('input', `${wide ? 'w-48' : 'w-24'} rounded border border-border bg-bg px-1 py-0.5 text-text aria-invalid:border-2 aria-invalid:border-[var(--ba-focus)]`);
        field.type = 'text';
        field.id = cellId(col);
        field.value = value;
        field.autocomplete = 'off';
        field.dataset.side = side;
        field.dataset.index = String(index);
        field.dataset.col = col;
        field.dataset.messageId = `${field.id}-message`;
        field.setAttribute('aria-describedby', field.dataset.messageId);
        if (col === 'label') field.setAttribute('aria-label', `${title} ${index + 1}, ${t('roi.label')}`);
        else {
          field.inputMode = 'decimal';
          field.setAttribute('aria-labelledby', `${cellId('label')} ${headId(col)}`);
        }
        const message = element('span', 'calc-field-message block max-w-48 text-xs font-semibold');
        message.id = field.dataset.messageId;
        message.hidden = true;
        td.append(field, message);
        row.append(td);
      };
      input('label', line.label, true);
      for (let n = 0; n <= this.years; n++) input(`v${n}`, formatInput(line.values[n] ?? 0, this.locale), false);
      for (const key of RANGE_KEYS) input(key, formatInput(line.range[key], this.locale), false);
      const actions = element('td', 'p-1');
      const remove = element('button', 'rounded border border-border px-2 py-0.5 text-text hover:bg-bg', t('roi.remove'));
      remove.type = 'button';
      remove.id = cellId('remove');
      remove.dataset.remove = side;
      remove.dataset.index = String(index);
      remove.setAttribute('aria-labelledby', `${remove.id} ${cellId('label')}`);
      actions.append(remove);
      row.append(actions);
      tbody.append(row);
    });
    table.append(thead, tbody);
    scroller.append(table);
    const add = element('button', 'mt-2 rounded border border-border px-3 py-1 text-text hover:bg-bg', side === 'costs' ? t('roi.addCost') : t('roi.addBenefit'));
    add.type = 'button';
    add.dataset.add = side;
    add.disabled = this.lines[side].length >= MAX_LINES_PER_SIDE;
    box.append(scroller, add);
    return box;
  }

  private onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    if (!button) return;
    if (!this.readLines()) return this.announceFix();
    const side = (button.dataset.add ?? button.dataset.remove) as Side;
    if (button.dataset.add) {
      this.lines[side].push({
        label: this.t('roi.newLine'),
        values: [],
        range: side === 'costs' ? DEFAULT_COST_RANGE : DEFAULT_BENEFIT_RANGE,
      });
      this.buildEditor();
      this.querySelector<HTMLInputElement>(`#${this.uid}-${side}-${this.lines[side].length - 1}-label`)?.focus();
    } else {
      this.lines[side].splice(Number(button.dataset.index), 1);
      this.buildEditor();
      this.querySelector<HTMLButtonElement>(`button[data-add="${side}"]`)?.focus();
    }
    this.recompute();
  }

  /** Copies the editor's cells into the lines; false (with messages shown) when one is not acceptable. */
  private readLines(): boolean {
    let valid = true;
    const cells = new Map<string, HTMLInputElement>();
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-col]')) {
      cells.set(`${input.dataset.side}|${input.dataset.index}|${input.dataset.col}`, input);
    }
    for (const side of ['costs', 'benefits'] as const) {
      this.lines[side].forEach((line, index) => {
        const cell = (col: string) => cells.get(`${side}|${index}|${col}`);
        const label = cell('label');
        if (label) line.label = normalizeLabel(label.value);
        for (let n = 0; n <= this.years; n++) {
          const input = cell(`v${n}`);
          const value = input ? readNumberField(input, SPECS.amount, this.t) : null;
          if (value === null) valid = false;
          else line.values[n] = value;
        }
        const factors = RANGE_KEYS.map((key) => {
          const input = cell(key);
          return input ? readNumberField(input, SPECS.factor, this.t) : null;
        });
        const [low, likely, high] = factors;
        if (low === null || likely === null || high === null || low === undefined || likely === undefined || high === undefined) {
          valid = false;
          return;
        }
        const range = { low, likely, high };
        if (!isValidRange(range)) {
          const highInput = cell('high');
          if (highInput) setFieldError(highInput, this.t('calc.error.order'));
          valid = false;
          return;
        }
        line.range = range;
      });
    }
    return valid;
  }

  private announceFix(): void {
    announce(this, this.t('calc.error.fix'));
  }

  private recompute(): void {
    const read = (name: string, spec: ScalarSpec) => {
      const input = this.field(name);
      return input ? readNumberField(input, spec, this.t) : null;
    };
    const optional = (name: string) => {
      const input = this.field(name);
      if (!input || input.value.trim() === '') {
        if (input) setFieldError(input, '');
        return undefined;
      }
      return read(name, SPECS.risk);
    };
    const ratePercent = read('rate', SPECS.rate);
    const years = read('years', SPECS.years);
    const riskCost = optional('riskCost');
    const riskBenefit = optional('riskBenefit');
    const seed = read('seed', SPECS.seed);
    if (years !== null && years !== this.years) {
      this.readLines();
      this.years = years;
      this.buildEditor();
    }
    const linesValid = this.readLines();
    if (ratePercent === null || years === null || riskCost === null || riskBenefit === null || seed === null || !linesValid) {
      return this.announceFix();
    }
    const state = roiStateFromFields({
      ratePercent,
      years,
      riskCostPercent: riskCost,
      riskBenefitPercent: riskBenefit,
      seed,
      distribution: this.field<HTMLSelectElement>('dist')?.value,
      currency: this.field<HTMLSelectElement>('currency')?.value ?? 'EUR',
      costs: this.lines.costs,
      benefits: this.lines.benefits,
    });
    this.render(state, true);
    publishState(this, serializeRoiPageQuery(state));
  }

  private render(state: RoiState, speak: boolean, refreshDeferred = true): void {
    const view = roiView(state, this.locale, this.t);
    showResults(this, [...view.headline, ...(view.riskAdjusted ?? []), ...view.scenarios.flatMap((row) => row.cells)]);
    const risk = this.querySelector<HTMLElement>('[data-risk]');
    if (risk) risk.hidden = view.riskAdjusted === null;
    const cashflow = this.querySelector<SVGSVGElement>('svg[data-chart="cashflow"]');
    if (cashflow) drawChart(cashflow, view.cashFlow.chart);
    const tornado = this.querySelector<SVGSVGElement>('svg[data-chart="tornado"]');
    if (tornado) drawChart(tornado, view.tornado.chart);
    const number = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, this.locale, 4));
    showTexts(this, {
      'assumption-rate': number(state.input.ratePercent),
      'assumption-years': String(state.input.years),
      'assumption-riskCost': number(state.input.riskCostPercent),
      'assumption-riskBenefit': number(state.input.riskBenefitPercent),
      'assumption-dist': this.t(`roi.dist.${state.distribution}`),
      'assumption-seed': String(state.seed),
      'assumption-currency': state.currency,
    });
    if (speak) announce(this, view.summary);
    if (!refreshDeferred) return;
    // Headline figures, scenarios and charts follow every keystroke; what sits in closed data
    // tables, on paper only, or takes milliseconds (Monte Carlo, loaded on demand) follows once typing pauses.
    // Until the new draws land, the figures on screen belong to the previous inputs (or to the
    // server-rendered defaults): say so, and let only the latest run write its results.
    const monteCarloFigures = this.querySelector('[data-monte-carlo]');
    monteCarloFigures?.setAttribute('aria-busy', 'true');
    const run = ++this.monteCarloRun;
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      fillRows(this.querySelector('[data-table="cashflow"]'), view.cashFlow.rows.map((row) => ({ label: row.period, cells: row.cells })));
      fillRows(this.querySelector('[data-table="tornado"]'), view.tornado.rows);
      this.renderLinesTable(state);
      void import('../../lib/calculators/roi-monte-carlo-view').then(({ monteCarloView }) => {
        if (run !== this.monteCarloRun) return;
        showResults(this, monteCarloView(state, this.locale));
        monteCarloFigures?.removeAttribute('aria-busy');
      });
    }, 150);
  }

  private renderLinesTable(state: RoiState): void {
    const table = this.querySelector('[data-lines-table] table');
    if (!table) return;
    const model = linesTable(state, this.locale, this.t);
    const headRow = element('tr', 'border-b border-border');
    model.head.forEach((text, i) => {
      const th = element('th', i === 0 ? 'p-1 text-left' : 'p-1', text);
      th.scope = 'col';
      headRow.append(th);
    });
    table.querySelector('thead')?.replaceChildren(headRow);
    for (const body of table.querySelectorAll('tbody')) body.remove();
    for (const section of model.sections) {
      const body = element('tbody');
      const titleRow = element('tr');
      const title = element('th', 'p-1 pt-3 text-left', section.title);
      title.scope = 'colgroup';
      title.colSpan = model.head.length;
      titleRow.append(title);
      body.append(titleRow);
      for (const row of section.rows) {
        const tr = element('tr', 'border-b border-border');
        row.forEach((cell, i) => {
          if (i === 0) {
            const th = element('th', 'p-1 text-left font-normal', cell);
            th.scope = 'row';
            tr.append(th);
          } else tr.append(element('td', 'p-1', cell));
        });
        body.append(tr);
      }
      table.append(body);
    }
  }
}

if (!customElements.get('roi-calculator')) customElements.define('roi-calculator', RoiCalculator);
