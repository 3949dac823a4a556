/** The objectives → KPIs planner: ticking objectives shows their part of the plan and updates the share link. */
import { isObjectiveId, KPI_MESSAGES, parseKpiQuery, serializeKpiQuery, type ObjectiveId } from '../../lib/calculators/kpi-planner';
import { readMessages } from '../messages';
import { announce, initialQuery, problemLine, publishOnLoad, publishState, showProblems, showResults, showTexts, wirePrint } from './fields';

class KpiPlanner extends HTMLElement {
  connectedCallback() {
    const t = readMessages<(typeof KPI_MESSAGES.keys)[number]>(KPI_MESSAGES.name);
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-objective-box]')];
    const fieldset = this.querySelector('fieldset');
    const message = this.querySelector<HTMLElement>('.calc-field-message');

    const show = (objectives: readonly ObjectiveId[]) => {
      for (const card of this.querySelectorAll<HTMLElement>('[data-objective]')) {
        card.hidden = !objectives.includes(card.dataset.objective as ObjectiveId);
      }
      const list = objectives.map((id) => t(`kpi.objective.${id}`)).join(', ');
      showResults(this, [{ name: 'objectives-count', value: objectives.length, text: list }]);
      showTexts(this, { 'assumption-objectives': list });
      return t('kpi.summary', { list });
    };

    const { objectives, problems } = parseKpiQuery(initialQuery(this));
    for (const box of boxes) box.checked = objectives.includes(box.value as ObjectiveId);
    showProblems(this, problems.map((problem) => problemLine(problem, t)), t);
    show(objectives);
    if (publishOnLoad(this, problems.length)) publishState(this, serializeKpiQuery(objectives), { now: true });

    this.addEventListener('change', () => {
      const chosen = boxes.filter((box) => box.checked && isObjectiveId(box.value)).map((box) => box.value as ObjectiveId);
      const invalid = chosen.length === 0;
      if (invalid) fieldset?.setAttribute('aria-invalid', 'true');
      else fieldset?.removeAttribute('aria-invalid');
      if (message) {
        message.textContent = invalid ? t('kpi.none') : '';
        message.hidden = !invalid;
      }
      if (invalid) {
        announce(this, t('kpi.none'));
        return;
      }
      announce(this, show(chosen));
      publishState(this, serializeKpiQuery(chosen));
    });
    wirePrint(this);
  }
}

if (!customElements.get('kpi-planner')) customElements.define('kpi-planner', KpiPlanner);
