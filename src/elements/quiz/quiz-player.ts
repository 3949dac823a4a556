/**
 * <quiz-player>: makes a server-rendered quiz interactive. Answers are scored with lib/quiz, each
 * question gets its feedback, the score is announced, the attempt is saved with lib/progress (loaded
 * when the page is idle) and listed in the history; "Try again" clears the form and reshuffles.
 */
import { arrangeQuiz } from '../../lib/quiz/arrange';
import type { Quiz } from '../../lib/quiz/schema';
import { scoreQuiz, type QuizResult } from '../../lib/quiz/score-quiz';
import type { QuizAttemptDetail } from '../../lib/quiz/attempt-event';
import { looksLikeQuiz, quizLoadMessage, type QuizLoadFailure } from '../../lib/quiz/load-problem';
import { attemptFromResult } from '../../lib/progress/attempt-from-result';
import { getEntry } from '../../lib/progress/safe-dict';
import type { QuizKey, QuizMessagesName, QuizSelector } from '../../lib/quiz/player-contract';
import { pageLocale, readMessages } from '../messages';
import { loadProgress, whenIdle } from '../progress/load';
import { readAnswers } from './answers';
import { renderFeedback } from './feedback';
import { renderHistory } from './history';
import { enableOrdering, reorder } from './ordering';

class QuizPlayer extends HTMLElement {
  #quiz!: Quiz;
  #ready: Promise<boolean> | undefined;
  /** The last load failed: Submit and "Try again" load again. */
  #loadFailed = false;
  #startedAt: Date | null = null;
  /** When each question was first answered in this attempt (ms since the epoch), for the LMS's latency. */
  #firstAnswered = new Map<string, number>();
  /** A submit in progress (saving the attempt): a second Enter meanwhile is ignored. */
  #submitting = false;
  #t = readMessages<QuizKey>('quiz' satisfies QuizMessagesName);
  #locale = pageLocale();

  /** An element the markup must hold (QUIZ_PLAYER's hooks): a page without it fails here, naming it. */
  #one(selector: QuizSelector, root: ParentNode = this): HTMLElement {
    const found = root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`<quiz-player>: no ${selector}`);
    return found;
  }

  connectedCallback(): void {
    if (this.#ready) return;
    const src = this.dataset.src;
    const form = this.querySelector('form');
    if (!src || !form) throw new Error('<quiz-player>: no data-src or <form>');
    enableOrdering(this, this.#t, (text) => this.#announce(text));
    this.#ready = this.#load(src);
    this.#one('[data-load-retry]').addEventListener('click', () => {
      this.#ready = this.#load(src);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#submitting) return;
      this.#submitting = true;
      // A quiz that failed to load tries again on Submit; if it fails again, the learner is told why.
      const ready = this.#loadFailed ? (this.#ready = this.#load(src)) : this.#ready;
      void ready
        ?.then((loaded) => (loaded ? this.#submit(form) : this.#one('[data-load-error]').focus()))
        .finally(() => (this.#submitting = false));
    });
    form.addEventListener('input', (event) => this.#touched(event));
    form.addEventListener('click', (event) => this.#touched(event));
    this.#one('[data-retry]').addEventListener('click', () => this.#retry(form));
  }

  /** Fetches the quiz's data; on failure shows what went wrong and why, in the page's language, and resolves false. */
  async #load(src: string): Promise<boolean> {
    const failure = await fetch(src)
      .then(async (response): Promise<QuizLoadFailure | Quiz> => {
        if (!response.ok) return { kind: 'status', status: response.status };
        const data: unknown = await response.json().catch(() => undefined);
        return looksLikeQuiz(data, this.dataset.quizId ?? '') ? (data as Quiz) : { kind: 'invalid' };
      })
      .catch((): QuizLoadFailure => ({ kind: 'network', online: navigator.onLine }));
    const box = this.#one('[data-load-error]');
    this.#loadFailed = 'kind' in failure;
    if ('kind' in failure) {
      const text = this.#one('[data-load-error-text]', box);
      const { key, vars } = quizLoadMessage(failure);
      box.hidden = false;
      // Emptied first, so a second identical failure is announced again by the alert.
      text.textContent = '';
      requestAnimationFrame(() => (text.textContent = this.#t(key, vars)));
      return false;
    }
    box.hidden = true;
    this.#quiz = failure;
    if (failure.shuffle) this.#arrange();
    this.dataset.ready = '';
    this.#showHistory();
    return true;
  }

  #touched(event: Event): void {
    this.#startedAt ??= new Date();
    const target = event.target as Element | null;
    // An answer is a changed field, or a move of an ordering item (its buttons fire no input event).
    const answering = event.type === 'input' || target?.closest('button') !== null;
    const question = target?.closest<HTMLElement>('[data-question-id]' satisfies QuizSelector)?.dataset.questionId;
    if (question && answering && !this.#firstAnswered.has(question)) this.#firstAnswered.set(question, Date.now());
  }

  #showHistory(): void {
    void whenIdle().then(({ progressStore }) =>
      progressStore().subscribe((state) => renderHistory(this.#one('[data-history]'), getEntry(state.quizzes, this.#quiz.id)?.attempts ?? [], this.#t, this.#locale)),
    );
  }

  #format = (n: number) => new Intl.NumberFormat(this.#locale, { maximumFractionDigits: 2 }).format(n);

  #announce(text: string): void {
    const live = this.#one('[data-live]');
    // Emptying first makes screen readers repeat an identical message.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  async #submit(form: HTMLFormElement): Promise<void> {
    const { answers, invalid } = readAnswers(form, this.#quiz.questions, this.#locale);
    this.#showNumberErrors(invalid);
    const formError = this.#one('[data-form-error]');
    if (invalid.length > 0) {
      formError.textContent = this.#t('quiz.fixErrors');
      this.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    formError.textContent = '';
    const finishedAt = new Date();
    const result = scoreQuiz(this.#quiz, answers);
    const attempt = attemptFromResult(result, this.#startedAt ?? finishedAt, finishedAt);
    // Saved before the result shows, so a learner who leaves as soon as they see it keeps the
    // attempt. The store is usually loaded by then (on first interaction); if its code cannot be
    // fetched (offline), the result still shows, saying it was not saved.
    const saved = await loadProgress()
      .then(({ progressStore, recordAttempt }) => progressStore().update((state) => recordAttempt(state, this.#quiz.id, attempt)))
      .then(() => true, () => false);
    this.#showResult(form, result, saved);
    this.#tell(answers, result, attempt);
  }

  /** Fires `quiz-attempt` for whoever reports attempts elsewhere (an LMS package's runtime). */
  #tell(answers: Readonly<Record<string, unknown>>, result: QuizResult, attempt: QuizAttemptDetail['attempt']): void {
    const start = this.#startedAt?.getTime();
    const detail: QuizAttemptDetail = {
      quizId: this.#quiz.id,
      attempt,
      questions: this.#quiz.questions.map((question) => {
        const first = this.#firstAnswered.get(question.id);
        return {
          question,
          response: answers[question.id],
          result: result.questions.find((r) => r.questionId === question.id)!,
          ...(first !== undefined && start !== undefined ? { latencyMs: Math.max(0, first - start) } : {}),
        };
      }),
    };
    this.dispatchEvent(new CustomEvent('quiz-attempt' satisfies keyof DocumentEventMap, { bubbles: true, detail }));
  }

  #showNumberErrors(invalid: readonly string[]): void {
    for (const q of this.#quiz.questions) {
      if (q.type !== 'numeric') continue;
      const item = this.#one(`[data-question-id="${CSS.escape(q.id)}"]`);
      const input = this.#one('[data-number-input]', item);
      const error = this.#one('[data-error]', item);
      const bad = invalid.includes(q.id);
      input.setAttribute('aria-invalid', String(bad));
      error.textContent = bad ? this.#t('quiz.numberError') : '';
    }
  }

  #showResult(form: HTMLFormElement, result: QuizResult, saved: boolean): void {
    for (const q of this.#quiz.questions) {
      const box = this.#one('[data-feedback]', this.#one(`[data-question-id="${CSS.escape(q.id)}"]`));
      const questionResult = result.questions.find((r) => r.questionId === q.id);
      if (questionResult) renderFeedback(box, q, questionResult, this.#t, this.#format);
    }
    form.querySelectorAll('fieldset').forEach((f) => (f.disabled = true));
    this.#one('[data-submit-row]').hidden = true;
    const percent = new Intl.NumberFormat(this.#locale, { style: 'percent', maximumFractionDigits: 0 }).format(result.percent / 100);
    const passMark = new Intl.NumberFormat(this.#locale, { style: 'percent' }).format(this.#quiz.passMark / 100);
    const verdict = this.#t(result.passed ? 'quiz.result.passed' : 'quiz.result.failed', { passMark });
    const score = this.#t('quiz.result.score', { score: this.#format(result.total), max: this.#format(result.max), percent });
    const panel = this.#one('[data-result-panel]');
    panel.dataset.passed = String(result.passed);
    this.#one('[data-result-heading]', panel).textContent = verdict;
    const notSaved = saved ? '' : ` ${this.#t('quiz.result.notSaved')}`;
    this.#one('[data-result-text]', panel).textContent = `${score} ${this.#t('quiz.result.review')}${notSaved}`;
    panel.hidden = false;
    panel.focus();
    this.#announce(`${this.#t('quiz.result.announce', { verdict, score })}${notSaved}`);
  }

  #retry(form: HTMLFormElement): void {
    form.reset();
    form.querySelectorAll('fieldset').forEach((f) => (f.disabled = false));
    form.querySelectorAll<HTMLElement>('[data-feedback]' satisfies QuizSelector).forEach((box) => {
      box.hidden = true;
      box.replaceChildren();
    });
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    this.#one('[data-result-panel]').hidden = true;
    this.#one('[data-submit-row]').hidden = false;
    this.#startedAt = null;
    this.#firstAnswered.clear();
    this.#arrange();
    form.querySelector<HTMLElement>('input, button')?.focus();
  }

  /** Shows the quiz in a fresh random order (questions and options when the quiz shuffles; ordering items always). */
  #arrange(): void {
    const shown = arrangeQuiz(this.#quiz, Math.floor(Math.random() * 2 ** 32));
    const list = this.#one('[data-questions]');
    for (const q of shown.questions) {
      const item = list.querySelector(`:scope > ${`[data-question-id="${CSS.escape(q.id)}"]` satisfies QuizSelector}`);
      if (!item) continue;
      if (this.#quiz.shuffle) list.append(item);
      if (q.type === 'single' || q.type === 'multiple') {
        const options = item.querySelector('[data-options]' satisfies QuizSelector);
        if (options) reorder(options, q.options.map((o) => o.id), (id) => `[data-option-id="${CSS.escape(id)}"]` satisfies QuizSelector);
      }
      if (q.type === 'ordering') {
        const items = item.querySelector('[data-items]' satisfies QuizSelector);
        if (items) reorder(items, q.items.map((i) => i.id), (id) => `[data-item-id="${CSS.escape(id)}"]` satisfies QuizSelector);
      }
    }
    this.#renumber(list);
  }

  /** "Question 2 of 6" follows the questions when they move. */
  #renumber(list: Element): void {
    const items = [...list.children];
    items.forEach((item, index) => {
      const label = item.querySelector('[data-question-number]' satisfies QuizSelector);
      if (label) label.textContent = (label.textContent ?? '').replace(/\d+/, String(index + 1));
    });
  }
}

customElements.define('quiz-player', QuizPlayer);
