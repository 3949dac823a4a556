/**
 * Content schemas, shared by the Astro content collections and the unit tests.
 * Messages name the field's rule and the value received, so a broken file explains itself.
 */
import { z } from 'astro/zod';

export const AUDIENCES = ['executive', 'staff', 'trainer'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const TRACKS = ['executive-briefings', 'staff-fundamentals', 'trainer-kit', 'social-media-2026'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * An object that rejects unknown fields, reporting each under its own name (zod's strict mode
 * reports them without a path), so a misspelt field is easy to find.
 */
const strict = <T extends z.ZodRawShape>(shape: T) => {
  const allowed = Object.keys(shape);
  return z
    .record(z.string(), z.unknown(), { error: 'expected a set of fields (key: value)' })
    .superRefine((raw, ctx) => {
      for (const key of Object.keys(raw)) {
        if (!allowed.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown field (allowed: ${allowed.join(', ')})` });
      }
    })
    .pipe(z.object(shape));
};

const CURRENT_YEAR = new Date().getFullYear();

const text = (field: string) =>
  z.string({ error: (i) => (i.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`);

const list = (field: string, min: number, max: number) =>
  z.array(text(`each ${field} item`), { error: `${field} must be a list of text items` })
    .min(min, `${field} needs at least ${min} item(s)`)
    .max(max, `${field} allows at most ${max} items`);

const year = z
  .number({ error: 'year must be a number such as 2011' })
  .int('year must be a whole number')
  .min(1900, 'year must be 1900 or later')
  .max(CURRENT_YEAR, `year cannot be in the future (after ${CURRENT_YEAR})`);

export const sourceSchema = strict({
  author: text('author'),
  title: text('title'),
  publication: text('publication'),
  year,
  /** The source gives no date: `year` is an estimate from its content, printed as "c. 2012". */
  approximate: z.boolean({ error: 'approximate must be true or false' }).default(false),
  url: z.url({ error: 'url must be an absolute http(s) URL' }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const audience = z
  .array(
    z.enum(AUDIENCES, { error: (i) => `audience must be one of ${AUDIENCES.join(', ')}; got ${JSON.stringify(i.input)}` }),
    { error: 'audience must be a list, e.g. [executive, staff]' },
  )
  .min(1, 'audience needs at least one of executive, staff, trainer');

const reviewed = z.coerce.date({ error: 'reviewed must be a date written YYYY-MM-DD' });

const tags = z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by hyphens')).default([]);

/** Page titles: tabs and search results cut them near 70 characters. */
const title = text('title').max(70, 'title must be at most 70 characters (tabs and search results cut longer ones)');

export const lessonSchema = strict({
  title,
  description: text('description'),
  audience,
  track: z.enum(TRACKS, { error: (i) => `track must be one of ${TRACKS.join(', ')}; got ${JSON.stringify(i.input)}` }),
  order: z.number({ error: 'order must be a number' }).int('order must be a whole number').min(1, 'order starts at 1'),
  duration: z
    .number({ error: 'duration must be a number of minutes' })
    .int('duration must be a whole number of minutes')
    .positive('duration must be a positive number of minutes')
    .max(120, 'duration above 120 minutes: split the lesson'),
  objectives: list('objectives', 2, 4),
  takeaways: list('takeaways', 3, 5),
  questions: list('questions', 1, 8).optional(),
  /** The one-page board brief: the figures it shows, by the `value` of their `<Stat>` in the body (src/lib/brief/). */
  brief: strict({
    figures: list('brief.figures', 1, 4),
  }).optional(),
  sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, 'sources needs at least one cited source'),
  reviewed,
  tags,
  draft: z.boolean({ error: 'draft must be true or false' }).default(false),
});
export type LessonData = z.infer<typeof lessonSchema>;

const figure = strict({
  label: text('figure label'),
  before: text('figure before'),
  after: text('figure after'),
});

export const storySchema = strict({
  title,
    description: text('description'),
    sector: text('sector'),
    objective: text('objective'),
    kpis: list('kpis', 1, 8),
    figures: z.array(figure, { error: 'figures must be a list of {label, before, after}' }).min(1, 'figures needs at least one before/after figure'),
    kind: z.enum(['sourced', 'composite'], { error: 'kind must be "sourced" or "composite" (illustrative composite case)' }),
    sources: z.array(sourceSchema).default([]),
    lessons: z.array(z.string()).default([]),
    reviewed,
    tags,
    draft: z.boolean().default(false),
  })
  .refine((s) => s.kind !== 'sourced' || s.sources.length > 0, {
    path: ['sources'],
    message: 'a sourced story needs at least one source (or set kind: composite)',
  });
export type StoryData = z.infer<typeof storySchema>;

export const glossarySchema = strict({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id is lowercase words joined by hyphens'),
  term: text('term'),
  definition: text('definition'),
  seeAlso: z.array(z.string()).default([]),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
