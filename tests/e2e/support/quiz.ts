/** Answering a quiz on the page from its own data (the JSON block the player reads), right or wrong. */
import type { Locator } from '@playwright/test';

interface Option { id: string; correct: boolean }
type Question =
  | { id: string; type: 'single' | 'multiple'; options: Option[] }
  | { id: string; type: 'truefalse'; answer: boolean }
  | { id: string; type: 'numeric'; answer: number }
  | { id: string; type: 'ordering'; items: { id: string }[] };
export interface QuizData { id: string; passMark: number; questions: Question[] }

/** The quiz's data as the player fetches it; waits until the player has it, so answering can start. */
export async function quizData(quiz: Locator): Promise<QuizData> {
  // (`self::` keeps the wait in the quiz's own frame: a package page may be framed by its LMS.)
  await quiz.scrollIntoViewIfNeeded(); // the player loads when the reader gets near it
  await quiz.locator('xpath=self::*[@data-ready]').waitFor();
  // Resolved against the page the quiz is in (a package page in a frame has a relative address).
  const src = await quiz.evaluate((el) => new URL((el as HTMLElement).dataset.src!, document.baseURI).href);
  const response = await quiz.page().request.get(src);
  return (await response.json()) as QuizData;
}

/** Fills every question right (or every one wrong) with clicks, and submits. */
export async function answerQuiz(quiz: Locator, right: boolean, lang: 'fr' | 'en' = 'en'): Promise<QuizData> {
  const data = await quizData(quiz);
  for (const q of data.questions) {
    const item = quiz.locator(`[data-question-id="${q.id}"]`);
    switch (q.type) {
      case 'single': {
        const pick = q.options.find((o) => o.correct === right) ?? q.options[0]!;
        await item.locator(`input[value="${pick.id}"]`).check();
        break;
      }
      case 'multiple':
        for (const o of q.options) if (o.correct === right) await item.locator(`input[value="${o.id}"]`).check();
        break;
      case 'truefalse':
        await item.locator(`input[value="${String(right ? q.answer : !q.answer)}"]`).check();
        break;
      case 'numeric': {
        const value = right ? q.answer : q.answer + 1000;
        await item.locator('input').fill(lang === 'fr' ? String(value).replace('.', ',') : String(value));
        break;
      }
      case 'ordering': {
        // Bring each item to its place from the top, with the move-up buttons.
        const wanted = right ? q.items.map((i) => i.id) : [...q.items.map((i) => i.id)].reverse();
        for (const [index, id] of wanted.entries()) {
          for (;;) {
            const order = await item.locator('[data-item-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.itemId));
            if (order.indexOf(id) <= index) break;
            await item.locator(`[data-item-id="${id}"] [data-move-up]`).click();
          }
        }
        break;
      }
    }
  }
  await quiz.locator('button[type="submit"]').click();
  return data;
}
