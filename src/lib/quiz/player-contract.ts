/**
 * What <quiz-player> (src/elements/quiz/) and its markup (src/components/quiz/QuizPlayer.astro) agree on:
 * the UI strings the component hands over (exactly these; the player may ask for no other) and the `data-*`
 * hooks. Attributes only CSS reads (`data-move`, `data-submit-row` before scripts run, `data-nojs-note`) are
 * the stylesheet's, not the player's.
 */
import { defineContract, type ContractHook, type ContractKey, type HookSelector } from '../element-contract';

export const QUIZ_PLAYER = defineContract({
  element: 'quiz-player',
  messages: 'quiz' satisfies QuizMessagesName,
  keys: [
    'quiz.submit', 'quiz.retry', 'quiz.right', 'quiz.wrong', 'quiz.partial', 'quiz.unanswered', 'quiz.invalid',
    'quiz.correctAnswer', 'quiz.correctOrder', 'quiz.true', 'quiz.false', 'quiz.numberAnswer', 'quiz.numberError',
    'quiz.result.score', 'quiz.result.passed', 'quiz.result.failed', 'quiz.result.review', 'quiz.result.notSaved', 'quiz.result.announce',
    'quiz.moveUp', 'quiz.moveDown', 'quiz.moved', 'quiz.history.date', 'quiz.history.score', 'quiz.history.result',
    'quiz.history.time', 'quiz.history.passed', 'quiz.history.failed', 'quiz.history.count.one', 'quiz.history.count.other',
    'quiz.fixErrors', 'quiz.explanation', 'quiz.load.offline', 'quiz.load.network', 'quiz.load.status', 'quiz.load.invalid',
  ],
  hooks: [
    // On <quiz-player> itself: the quiz's id and the address of its data.
    'quiz-id', 'src',
    // The list of questions; each question carries its id, and its number ("Question 2 of 6") follows it when questions move.
    'questions', 'question-id', 'question-number', 'feedback',
    'options', 'option-id', 'number-input', 'error', 'items', 'item-id', 'item-text', 'move-up', 'move-down',
    'load-error', 'load-error-text', 'load-retry', 'submit-row', 'form-error',
    'result-panel', 'result-heading', 'result-text', 'retry', 'live', 'history', 'history-summary', 'history-rows',
  ],
});

export type QuizKey = ContractKey<typeof QUIZ_PLAYER>;
export type QuizHook = ContractHook<typeof QUIZ_PLAYER>;

/**
 * A selector of a quiz hook. The player is weighed on every quiz and lesson page (gates.spec.ts budgets), so
 * it imports only types from here: `'[data-live]' satisfies QuizSelector` is checked and costs nothing.
 */
export type QuizSelector = HookSelector<QuizHook>;

/** The name of the page's strings block for the player (the value of QUIZ_PLAYER.messages). */
export type QuizMessagesName = 'quiz';
