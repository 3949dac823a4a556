/** Checking an export file chosen by the learner, in full, before anything is imported. */
import * as z from 'zod/mini';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-file';
import { describeIssues, PARSE_OPTIONS } from './issue-text';
import { readJson } from './json-guard';
import { MAX_IMPORT_ENTRIES } from './limits';
import { displayName, isoDate, lessonsSchema, quizzesSchema, toLessons, toQuizzes } from './schema';

export type ParsedExport = { ok: true; data: ExportFile } | { ok: false; reason: string };

const fewEnough = (dict: object) => Object.keys(dict).length <= MAX_IMPORT_ENTRIES;

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoDate,
  displayName,
  lessons: lessonsSchema.check(z.refine(fewEnough, `at most ${MAX_IMPORT_ENTRIES} lessons`)),
  quizzes: quizzesSchema.check(z.refine(fewEnough, `at most ${MAX_IMPORT_ENTRIES} quizzes`)),
});

/** The export file in `text`, or the precise reason it is refused; never throws, never partially succeeds. */
export function parseExportFile(text: string): ParsedExport {
  if (typeof text !== 'string') return { ok: false, reason: 'no file content' };
  const json = readJson(text);
  if (!json.ok) return { ok: false, reason: `not a readable progress file: ${json.reason}` };
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a Board Academy progress file (expected a JSON object)' };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    const found = format === undefined ? 'it has no format field' : `format is ${JSON.stringify(format)}`;
    return { ok: false, reason: `not a Board Academy progress file (${found})` };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return { ok: false, reason: `made by a newer version (${version}) of Board Academy; update this site to import it` };
  }
  const parsed = exportSchema.safeParse(value, PARSE_OPTIONS);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const { exportedAt, lessons, quizzes } = parsed.data;
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt,
      displayName: parsed.data.displayName,
      lessons: toLessons(lessons),
      quizzes: toQuizzes(quizzes),
    },
  };
}
