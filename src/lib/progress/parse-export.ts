/** Checking an export file chosen by the learner, in full, before anything is imported. */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-file';
import { readJson } from './json-guard';
import { MAX_IMPORT_ENTRIES } from './limits';
import type { Problem } from './problem';
import { displayName, isoDate, learnerId, lessonsSchema, quizzesSchema, toLessons, toQuizzes } from './schema';
import { CUSTOM, ZOD_OPTIONS, zodProblem } from './zod-problem';

export type ParsedExport = { ok: true; data: ExportFile } | { ok: false; problem: Problem };

const fewEnough = (dict: object) => Object.keys(dict).length <= MAX_IMPORT_ENTRIES;

const contents = {
  format: z.literal(EXPORT_FORMAT),
  exportedAt: isoDate,
  displayName,
  lessons: lessonsSchema.check(z.refine(fewEnough, CUSTOM.tooManyLessons)),
  quizzes: quizzesSchema.check(z.refine(fewEnough, CUSTOM.tooManyQuizzes)),
};
const currentSchema = z.strictObject({ ...contents, version: z.literal(EXPORT_VERSION), learnerId });
/** Version 1 files (before learner ids) are still read, so a learner's older exports stay importable. */
const version1Schema = z.strictObject({ ...contents, version: z.literal(1) });

/** The export file in `text`, or the precise problem it is refused for; never throws, never partially succeeds. */
export function parseExportFile(text: string): ParsedExport {
  if (typeof text !== 'string') return { ok: false, problem: { key: 'problem.noContent' } };
  const json = readJson(text);
  if (!json.ok) return json;
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { key: 'problem.notObject' } };
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    const problem: Problem = format === undefined ? { key: 'problem.noFormat' } : { key: 'problem.otherFormat', values: { format: JSON.stringify(format) } };
    return { ok: false, problem };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return { ok: false, problem: { key: 'problem.newer', values: { version } } };
  }
  // Checked against one version's schema, not a union of both, so a refusal names the field at fault.
  const parsed = (version === 1 ? version1Schema : currentSchema).safeParse(value, ZOD_OPTIONS);
  if (!parsed.success) return { ok: false, problem: zodProblem(parsed.error) };
  const { exportedAt, lessons, quizzes } = parsed.data;
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      version: parsed.data.version,
      exportedAt,
      ...('learnerId' in parsed.data ? { learnerId: parsed.data.learnerId } : {}),
      displayName: parsed.data.displayName,
      lessons: toLessons(lessons),
      quizzes: toQuizzes(quizzes),
    },
  };
}
