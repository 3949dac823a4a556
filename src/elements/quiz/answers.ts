/** Reading the learner's answers from the quiz form, in the shapes lib/quiz scores. */
import type { Question, QuizAnswers } from '../../lib/quiz';
import { parseLocaleNumber } from '../../lib/quiz/parse-number';
import type { QuizSelector } from '../../lib/quiz/player-contract';

export interface ReadAnswers {
  answers: QuizAnswers;
  /** Numeric fields whose text is not a number, by question id. */
  invalid: string[];
}

export function readAnswers(form: HTMLFormElement, questions: readonly Question[], locale: string): ReadAnswers {
  const answers: Record<string, unknown> = Object.create(null);
  const invalid: string[] = [];
  for (const q of questions) {
    const item = form.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(q.id)}"]` satisfies QuizSelector);
    if (!item) continue;
    const checked = [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    switch (q.type) {
      case 'single':
        if (checked[0] !== undefined) answers[q.id] = checked[0];
        break;
      case 'multiple':
        if (checked.length > 0) answers[q.id] = checked;
        break;
      case 'truefalse':
        if (checked[0] !== undefined) answers[q.id] = checked[0] === 'true';
        break;
      case 'numeric': {
        const text = item.querySelector<HTMLInputElement>('input')?.value.trim() ?? '';
        if (text === '') break;
        const value = parseLocaleNumber(text, locale);
        if (value === null) invalid.push(q.id);
        else answers[q.id] = value;
        break;
      }
      case 'ordering':
        answers[q.id] = [...item.querySelectorAll<HTMLElement>('[data-item-id]' satisfies QuizSelector)].map((li) => li.dataset.itemId);
        break;
    }
  }
  return { answers, invalid };
}
