/**
 * What both readers (GIFT, Moodle XML) produce before it becomes a Board Academy question: the
 * bank's own notions (fractions, formats, answer sets), so that the mapping rules live in one place
 * (`build.ts`). Self-contained (no imports) for the import CLI.
 */

export type BankFormat = 'html' | 'markdown' | 'plain' | 'moodle';

export interface BankText {
  format: BankFormat;
  text: string;
}

export interface BankChoice {
  text: BankText;
  /** Moodle's fraction of the mark, −1 to 1 (GIFT's `=` is 1, `~` is 0, `~%50%` is 0.5). */
  fraction: number;
  feedback?: BankText;
}

export interface BankNumericAnswer {
  /** Undefined for Moodle's "any other answer" (`*`). */
  value?: number;
  tolerance: number;
  fraction: number;
  feedback?: BankText;
}

interface BankCommon {
  /** 1-based line of the question in the file. */
  line: number;
  /** Moodle's question name (GIFT `::name::`, XML `<name>`). */
  name?: string;
  /** Moodle's ID number (GIFT `// [id:…]`, XML `<idnumber>`). */
  idnumber?: string;
  stem: BankText;
  generalFeedback?: BankText;
  points?: number;
  /** Moodle's category path when the question was read, e.g. `$course$/top/Board Academy/Quiz`. */
  category?: string;
  tags: string[];
  /** Board Academy's own comment on the question, when the file was exported by Board Academy. */
  meta?: unknown;
  /** Things the reader already knows are lost (shown in the report). */
  notes: string[];
}

export type BankQuestion =
  | (BankCommon & { kind: 'choice'; single: boolean; choices: BankChoice[]; shuffle?: boolean })
  | (BankCommon & { kind: 'truefalse'; answer: boolean; feedbackTrue?: BankText; feedbackFalse?: BankText })
  | (BankCommon & { kind: 'numeric'; answers: BankNumericAnswer[]; unit?: string })
  | (BankCommon & { kind: 'ordering'; items: BankText[]; shuffle?: boolean; gradingType?: string })
  | { kind: 'unsupported'; line: number; name?: string; what: string; needs: string; category?: string }
  | { kind: 'error'; line: number; name?: string; reason: string; category?: string };

/** A whole file once read: its questions in order, plus what the file said about the quiz. */
export interface Bank {
  format: 'gift' | 'moodle-xml';
  questions: BankQuestion[];
  /** Board Academy's quiz comment (id, title, lesson, passMark, shuffle) when the file has one, per category. */
  quizMeta: Map<string, unknown>;
  categories: string[];
}
