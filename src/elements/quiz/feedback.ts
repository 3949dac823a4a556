/** The feedback shown under each question after submitting: verdict, the picked options' feedback, the right answer, the explanation. */
import type { Question, QuestionResult } from '../../lib/quiz';
import type { Translate } from '../messages';
import type { QuizKey } from '../../lib/quiz/player-contract';

type Verdict = 'right' | 'wrong' | 'partial' | 'unanswered';

const verdictOf = (r: QuestionResult): Verdict =>
  r.correct ? 'right' : !r.answered ? 'unanswered' : r.score > 0 ? 'partial' : 'wrong';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderFeedback(
  box: HTMLElement,
  question: Question,
  result: QuestionResult,
  t: Translate<QuizKey>,
  format: (n: number) => string,
): void {
  const verdict = verdictOf(result);
  box.dataset.verdict = verdict === 'unanswered' ? 'wrong' : verdict;
  const label =
    verdict === 'right'
      ? t('quiz.right')
      : verdict === 'partial'
        ? t('quiz.partial', { score: format(result.score), max: format(result.max) })
        : verdict === 'unanswered'
          ? t('quiz.unanswered')
          : t(result.invalid ? 'quiz.invalid' : 'quiz.wrong');
  const parts: HTMLElement[] = [el('p', label, 'verdict font-bold')];
  for (const text of pickedFeedback(question, result)) parts.push(el('p', text));
  if (!result.correct) parts.push(...rightAnswer(question, t, format));
  const explanation = el('p');
  explanation.append(el('strong', `${t('quiz.explanation')} `), document.createTextNode(question.explanation));
  parts.push(explanation);
  box.replaceChildren(...parts);
  box.hidden = false;
}

function pickedFeedback(question: Question, result: QuestionResult): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return result.feedback.flatMap((id) => question.options.find((o) => o.id === id)?.feedback ?? []);
    case 'truefalse':
      return result.feedback.flatMap((v) => (v === 'true' ? question.feedbackTrue : question.feedbackFalse) ?? []);
    default:
      return [];
  }
}

function rightAnswer(question: Question, t: Translate<QuizKey>, format: (n: number) => string): HTMLElement[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.options.filter((o) => o.correct).map((o) => o.text);
      return [el('p', `${t('quiz.correctAnswer')} ${right.join(' ; ')}`)];
    }
    case 'truefalse':
      return [el('p', `${t('quiz.correctAnswer')} ${t(question.answer ? 'quiz.true' : 'quiz.false')}`)];
    case 'numeric': {
      const unit = question.unit ? `\u00a0${question.unit}` : '';
      const tolerance = question.tolerance > 0 ? ` (± ${format(question.tolerance)}${unit})` : '';
      return [el('p', `${t('quiz.correctAnswer')} ${format(question.answer)}${unit}${tolerance}`)];
    }
    case 'ordering': {
      const list = el('ol', undefined, 'list-decimal pl-6');
      list.append(...question.items.map((item) => el('li', item.text)));
      return [el('p', t('quiz.correctOrder')), list];
    }
  }
}
