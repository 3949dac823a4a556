/**
 * The tables the element refills once typing pauses: the data behind each chart (rows from
 * ChartDataTable.astro's templates) and the read-only lines table (RoiLinesTable.astro's).
 */
import { ROI_TEMPLATES } from '../../../lib/calculators/roi-contract';
import type { LinesTableModel, TableCell } from '../../../lib/calculators/roi-view';
import { child, fromTemplate } from './markup';

/** Refills a chart's data table body; its templates sit beside the table. */
export function fillChartRows(body: HTMLElement, rows: readonly { label: string; cells: readonly TableCell[] }[]): void {
  const scope = body.closest('details') ?? body;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = fromTemplate(scope, ROI_TEMPLATES.chartRow);
      child(tr, 'th', ROI_TEMPLATES.chartRow).textContent = row.label;
      for (const cell of row.cells) {
        const td = fromTemplate(scope, ROI_TEMPLATES.chartCell);
        td.textContent = cell.text;
        td.dataset.value = String(cell.value);
        tr.append(td);
      }
      return tr;
    }),
  );
}

/** Rewrites the read-only lines table (inside `container`, beside its templates) from its model. */
export function fillLinesTable(container: HTMLElement, model: LinesTableModel): void {
  const table = child<HTMLTableElement>(container, 'table', ROI_TEMPLATES.linesSection);
  child(table, 'thead', ROI_TEMPLATES.linesSection).replaceChildren(headRow(container, model.head));
  for (const body of table.querySelectorAll('tbody')) body.remove();
  for (const section of model.sections) {
    const body = fromTemplate(container, ROI_TEMPLATES.linesSection);
    const title = child<HTMLTableCellElement>(body, 'th', ROI_TEMPLATES.linesSection);
    title.textContent = section.title;
    title.colSpan = model.head.length;
    for (const row of section.rows) {
      const tr = fromTemplate(container, ROI_TEMPLATES.linesRow);
      const [label = '', ...cells] = row;
      child(tr, 'th', ROI_TEMPLATES.linesRow).textContent = label;
      for (const text of cells) {
        const td = fromTemplate(container, ROI_TEMPLATES.linesCell);
        td.textContent = text;
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
  }
}

function headRow(container: HTMLElement, head: readonly string[]): HTMLElement {
  const [first = '', ...rest] = head;
  const row = fromTemplate(container, ROI_TEMPLATES.linesHeadRow);
  child(row, 'th', ROI_TEMPLATES.linesHeadRow).textContent = first;
  for (const text of rest) {
    const th = fromTemplate(container, ROI_TEMPLATES.linesHeading);
    th.textContent = text;
    row.append(th);
  }
  return row;
}
