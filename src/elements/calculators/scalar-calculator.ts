/**
 * A calculator whose state is a set of named numbers plus a currency (care, fan value, lift test): the
 * server renders the fields and the worked example; this element reads the share link or the
 * preset, validates as the user types, recomputes with the same view function as the build,
 * and keeps the share link current.
 */
import { isCurrency, type Currency } from '../../lib/calculators/currency';
import { formatInput, formatNumber } from '../../lib/calculators/format';
import type { QueryProblem, ScalarSpecs } from '../../lib/calculators/scalar-query';
import type { ScalarElementKey } from '../../lib/calculators/scalar-contract';
import type { CalcKey, CalculatorMessages, KeysTranslate, ResultView } from '../../lib/calculators/view';
import { pageLocale, readMessages } from '../messages';
import {
  announce,
  initialQuery,
  problemLine,
  publishOnLoad,
  publishState,
  readNumberField,
  setFieldError,
  showProblems,
  showResults,
  showTexts,
  wirePrint,
} from './fields';

interface ScalarState<F extends string> {
  readonly fields: Record<F, number>;
  readonly currency: Currency;
}

/** `K`: the keys of the page's strings block, which hold the element's own (ScalarElementKey) and its view's. */
export interface ScalarCalculatorConfig<F extends string, K extends CalcKey> {
  readonly messages: CalculatorMessages<K | ScalarElementKey>;
  readonly specs: ScalarSpecs<F>;
  parse(params: URLSearchParams): { state: ScalarState<F>; problems: readonly QueryProblem[] };
  serialize(state: ScalarState<F>): URLSearchParams;
  view(
    state: ScalarState<F>,
    locale: string,
    t: KeysTranslate<K>,
  ): {
    results: readonly ResultView[];
    steps?: readonly ResultView[];
    summary: string;
    /** Texts for the elements marked data-text (beyond the assumptions, filled here). */
    texts?: Readonly<Record<string, string>>;
    /** Fields that are wrong given the others (a rate of 0 %, more conversions than people): their messages. */
    fieldMessages?: Partial<Record<F, string>>;
  };
}

export function defineScalarCalculator<F extends string, K extends CalcKey>(tag: string, config: ScalarCalculatorConfig<F, K>): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        const t = readMessages<K | ScalarElementKey>(config.messages.name);
        const locale = pageLocale();
        const fields = Object.keys(config.specs) as F[];
        const input = (field: string) => this.querySelector<HTMLInputElement>(`input[name="${field}"]`);
        const currencySelect = this.querySelector<HTMLSelectElement>('select[name="currency"]');
        const labelOf = (field: string) => this.querySelector(`[name="${field}"]`)?.closest('div')?.querySelector('label')?.textContent?.trim() ?? field;

        const render = (state: ScalarState<F>) => {
          const view = config.view(state, locale, t);
          showResults(this, [...view.results, ...(view.steps ?? [])]);
          const texts: Record<string, string> = { ...view.texts, 'assumption-currency': state.currency };
          for (const field of fields) texts[`assumption-${field}`] = formatNumber(state.fields[field], locale, 4);
          showTexts(this, texts);
          // Every field is valid on its own here: clear or set the messages that depend on the others.
          if (view.fieldMessages) {
            for (const field of fields) {
              const element = input(field);
              if (element) setFieldError(element, view.fieldMessages[field] ?? '');
            }
          }
          return view.summary;
        };

        const { state, problems } = config.parse(initialQuery(this));
        for (const field of fields) {
          const element = input(field);
          if (element) element.value = formatInput(state.fields[field], locale);
        }
        if (currencySelect) currencySelect.value = state.currency;
        showProblems(this, problems.map((problem) => problemLine({ ...problem, field: `${labelOf(problem.field)} (${problem.field})` }, t)), t);
        render(state);
        if (publishOnLoad(this, problems.length)) publishState(this, config.serialize(state), { now: true });

        const recompute = () => {
          const values = {} as Record<F, number>;
          let valid = true;
          for (const field of fields) {
            const element = input(field);
            const value = element ? readNumberField(element, config.specs[field], t) : null;
            if (value === null) valid = false;
            else values[field] = value;
          }
          const currency = currencySelect && isCurrency(currencySelect.value) ? currencySelect.value : state.currency;
          if (!valid) {
            announce(this, t('calc.error.fix'));
            return;
          }
          const next = { fields: values, currency };
          announce(this, render(next));
          publishState(this, config.serialize(next));
        };
        this.addEventListener('input', recompute);
        this.addEventListener('change', recompute);
        for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-set-field]')) {
          button.addEventListener('click', () => {
            const element = input(button.dataset.setField ?? '');
            if (!element) return;
            element.value = formatInput(Number(button.dataset.setValue), locale);
            recompute();
          });
        }
        wirePrint(this);
      }
    },
  );
}
