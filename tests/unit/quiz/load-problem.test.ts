import { describe, expect, it } from 'vitest';
import { looksLikeQuiz, quizLoadMessage } from '../../../src/lib/quiz/load-problem';
import { translator } from '../../../src/lib/i18n';

describe('a quiz that cannot load', () => {
  it('tells offline from a server that does not answer, an HTTP error and unreadable data, in both languages', () => {
    const cases = [
      [{ kind: 'network', online: false }, /hors connexion/, /offline/],
      [{ kind: 'network', online: true }, /serveur n’a pas répondu/, /server did not answer/],
      [{ kind: 'status', status: 404 }, /erreur 404/, /error 404/],
      [{ kind: 'invalid' }, /illisibles/, /cannot be read/],
    ] as const;
    for (const [failure, fr, en] of cases) {
      const { key, vars } = quizLoadMessage(failure);
      expect(translator('fr')(key, vars)).toMatch(fr);
      expect(translator('en')(key, vars)).toMatch(en);
      expect(translator('en')(key, vars)).not.toMatch(/\{\w+\}/);
    }
  });

  it('accepts quiz data only when it has the id asked for, a pass mark and questions', () => {
    const quiz = { id: 'q', passMark: 70, questions: [{ id: 'a', type: 'single' }] };
    expect(looksLikeQuiz(quiz, 'q')).toBe(true);
    expect(looksLikeQuiz(quiz, 'other')).toBe(false);
    for (const bad of [null, '<!doctype html>', [], { ...quiz, passMark: '70' }, { ...quiz, questions: [] }, { ...quiz, questions: [{ id: 'a' }] }, { ...quiz, questions: [null] }]) {
      expect(looksLikeQuiz(bad, 'q')).toBe(false);
    }
  });
});
