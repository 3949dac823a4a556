/**
 * The editable cost and benefit lines: built from the page's <template>s (RoiCalculator.astro),
 * one table per side, and read back cell by cell with the same specs as the share link.
 */
import { formatInput } from '../../../lib/calculators/format';
import { DEFAULT_BENEFIT_RANGE, DEFAULT_COST_RANGE, isValidRange, type Range } from '../../../lib/calculators/roi-model';
import { ROI_TEMPLATES, type RoiMessageKey } from '../../../lib/calculators/roi-contract';
import { ROI_CELL_SPECS, ROI_LINE_LIMITS } from '../../../lib/calculators/roi-spec';
import { normalizeLabel } from '../../../lib/finance/economic-impact-input';
import type { Translate } from '../../messages';
import { readNumberField, setFieldError } from '../fields';
import { child, fromTemplate } from './markup';

export type Side = 'costs' | 'benefits';
export const SIDES: readonly Side[] = ['costs', 'benefits'];
const RANGE_KEYS = ['low', 'likely', 'high'] as const;

export interface EditableLine {
  label: string;
  values: number[];
  range: Range;
}

export const newLine = (side: Side, label: string): EditableLine => ({
  label,
  values: [],
  range: side === 'costs' ? DEFAULT_COST_RANGE : DEFAULT_BENEFIT_RANGE,
});

export const editableLines = (lines: readonly { label: string; values: readonly number[] }[], ranges: readonly Range[], fallback: Range): EditableLine[] =>
  lines.map((line, i) => ({ label: line.label, values: [...line.values], range: ranges[i] ?? fallback }));

export interface EditorContext {
  readonly root: HTMLElement;
  readonly uid: string;
  readonly locale: string;
  readonly years: number;
  readonly t: Translate<RoiMessageKey>;
}

/** The ids the editor gives its cells, so focus can return to one after a rebuild. */
export const cellId = (uid: string, side: Side, index: number, col: string): string => `${uid}-${side}-${index}-${col}`;

export function renderEditor(editor: HTMLElement, lines: Readonly<Record<Side, readonly EditableLine[]>>, context: EditorContext): void {
  editor.replaceChildren(...SIDES.map((side) => sideEditor(side, lines[side], context)));
  editor.hidden = false;
}

function sideEditor(side: Side, lines: readonly EditableLine[], { root, uid, locale, years, t }: EditorContext): HTMLElement {
  const template = side === 'costs' ? ROI_TEMPLATES.editorCosts : ROI_TEMPLATES.editorBenefits;
  const box = fromTemplate(root, template);
  const title = child(box, 'legend', template).textContent;
  const headId = (col: string) => `${uid}-${side}-head-${col}`;
  const columns: [string, string][] = [
    ['label', t('roi.label')],
    ...Array.from({ length: years + 1 }, (_, n): [string, string] => [`v${n}`, n === 0 ? t('roi.period.0') : t('roi.period.n', { n })]),
    ['low', t('roi.low')],
    ['likely', t('roi.likely')],
    ['high', t('roi.high')],
    ['actions', t('roi.actions')],
  ];
  const headings = new Map(columns);
  child(box, 'thead tr', template).replaceChildren(
    ...columns.map(([col, text]) => {
      const th = fromTemplate(root, ROI_TEMPLATES.editorHeading);
      th.id = headId(col);
      th.textContent = text;
      return th;
    }),
  );
  const rows = lines.map((line, index) => {
    const row = fromTemplate(root, ROI_TEMPLATES.editorRow);
    const id = (col: string) => cellId(uid, side, index, col);
    const cell = (col: string, value: string) => {
      const td = fromTemplate(root, col === 'label' ? ROI_TEMPLATES.editorLabelCell : ROI_TEMPLATES.editorNumberCell);
      // The column's name, shown above the field when the lines stack as cards on narrow screens (global.css).
      td.dataset.label = headings.get(col) ?? '';
      const field = child<HTMLInputElement>(td, 'input', ROI_TEMPLATES.editorNumberCell);
      const message = child(td, '[data-field-message]', ROI_TEMPLATES.editorNumberCell);
      field.id = id(col);
      field.value = value;
      Object.assign(field.dataset, { side, index: String(index), col, messageId: `${field.id}-message` });
      message.id = `${field.id}-message`;
      field.setAttribute('aria-describedby', message.id);
      if (col === 'label') field.setAttribute('aria-label', `${title} ${index + 1}, ${t('roi.label')}`);
      else field.setAttribute('aria-labelledby', `${id('label')} ${headId(col)}`);
      row.append(td);
    };
    cell('label', line.label);
    for (let n = 0; n <= years; n++) cell(`v${n}`, formatInput(line.values[n] ?? 0, locale));
    for (const key of RANGE_KEYS) cell(key, formatInput(line.range[key], locale));
    const actions = fromTemplate(root, ROI_TEMPLATES.editorRemoveCell);
    const remove = child<HTMLButtonElement>(actions, 'button', ROI_TEMPLATES.editorRemoveCell);
    remove.id = id('remove');
    remove.dataset.remove = side;
    remove.dataset.index = String(index);
    remove.setAttribute('aria-labelledby', `${remove.id} ${id('label')}`);
    row.append(actions);
    return row;
  });
  child(box, 'tbody', template).replaceChildren(...rows);
  const add = child<HTMLButtonElement>(box, 'button[data-add]', template);
  add.dataset.add = side;
  add.disabled = lines.length >= ROI_LINE_LIMITS.lines;
  return box;
}

/**
 * Copies the editor's cells into the lines (over the first `years` + 1 values: later ones are
 * kept for a longer horizon); false, with the fields' messages shown, when one is not acceptable.
 */
export function readEditor(root: HTMLElement, lines: Record<Side, EditableLine[]>, years: number, t: Translate<RoiMessageKey>): boolean {
  let valid = true;
  const cells = new Map<string, HTMLInputElement>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-col]')) {
    cells.set(`${input.dataset.side}|${input.dataset.index}|${input.dataset.col}`, input);
  }
  for (const side of SIDES) {
    lines[side].forEach((line, index) => {
      const cell = (col: string) => cells.get(`${side}|${index}|${col}`);
      const label = cell('label');
      if (label) line.label = normalizeLabel(label.value);
      for (let n = 0; n <= years; n++) {
        const input = cell(`v${n}`);
        const value = input ? readNumberField(input, ROI_CELL_SPECS.amount, t) : null;
        if (value === null) valid = false;
        else line.values[n] = value;
      }
      const [low, likely, high] = RANGE_KEYS.map((key) => {
        const input = cell(key);
        return input ? readNumberField(input, ROI_CELL_SPECS.factor, t) : null;
      });
      if (low == null || likely == null || high == null) {
        valid = false;
        return;
      }
      const range = { low, likely, high };
      if (!isValidRange(range)) {
        const highInput = cell('high');
        if (highInput) setFieldError(highInput, t('calc.error.order'));
        valid = false;
        return;
      }
      line.range = range;
    });
  }
  return valid;
}
