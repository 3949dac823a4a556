/**
 * The shape of a programme file (content/programmes/{fr,en}/<id>.yaml): a trainer's plan of sessions.
 * Build time only (astro/zod). Messages say what is wrong; `programmeErrorLines` adds "session 2 (title): ".
 */
import { z } from 'astro/zod';
import { AUDIENCES } from '../content/schemas';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`);

const list = (field: string, min: number, max: number) =>
  z
    .array(text(`each ${field} item`), { error: `${field} must be a list of text items` })
    .min(min, `${field} needs at least ${min} item(s)`)
    .max(max, `${field} allows at most ${max} items`);

const minutes = (field: string) =>
  z
    .number({ error: `${field} must be a number of minutes` })
    .int(`${field} must be a whole number of minutes`)
    .positive(`${field} must be a positive number of minutes`);

const ids = (field: string) =>
  z
    .array(z.string({ error: `each ${field} item must be text` }).regex(ID_PATTERN, `${field} are lowercase words joined by hyphens`), {
      error: `${field} must be a list of ids`,
    })
    .default([]);

const exercise = z.strictObject({
  task: text('exercise task'),
  groups: text('exercise groups'),
  minutes: minutes('exercise minutes'),
  output: text('exercise output'),
});

const objection = z.strictObject({ objection: text('objection'), answer: text('answer') });

const notes = z.strictObject(
  {
    points: list('notes points', 1, 10),
    objections: z.array(objection, { error: 'objections must be a list of {objection, answer}' }).default([]),
    timing: text('notes timing'),
  },
  { error: (i) => (i.input === undefined ? 'notes are required (points, objections, timing)' : 'notes must be a set of fields: points, objections, timing') },
);

export const sessionSchema = z.strictObject({
  title: text('session title'),
  minutes: minutes('session minutes').max(240, 'session minutes above 240: split the session'),
  lessons: ids('lessons'),
  quizzes: ids('quizzes'),
  calculators: ids('calculators'),
  exercise: exercise.optional(),
  notes,
  materials: list('materials', 0, 12).default([]),
});

export const programmeSchema = z.strictObject({
  id: z.string({ error: 'id is required' }).regex(ID_PATTERN, 'id must be lowercase words joined by hyphens'),
  title: text('title').max(70, 'title must be at most 70 characters'),
  description: text('description').max(200, 'description must be at most 200 characters'),
  audience: z
    .array(z.enum(AUDIENCES, { error: (i) => `audience must be one of ${AUDIENCES.join(', ')}; got ${JSON.stringify(i.input)}` }), {
      error: 'audience must be a list, e.g. [executive]',
    })
    .min(1, 'audience needs at least one of executive, staff, trainer'),
  duration: minutes('duration').max(24 * 60, 'duration above a day: split the programme'),
  prerequisites: list('prerequisites', 0, 8).default([]),
  outcomes: list('outcomes', 2, 8),
  sessions: z.array(sessionSchema, { error: 'sessions must be a list' }).min(1, 'sessions needs at least one session'),
});

export type Programme = z.output<typeof programmeSchema>;
export type ProgrammeSession = z.output<typeof sessionSchema>;
