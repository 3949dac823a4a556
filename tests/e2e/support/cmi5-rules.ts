/**
 * The cmi5 rules a run of statements must follow (AICC cmi5 Quartz, sections 9.3 and 9.6), which
 * the xAPI validator does not check: order, once-only verbs, no "failed" after "passed",
 * registration, session, categories and the mastery score. Returns what is wrong (empty when nothing).
 */
export interface Launch {
  readonly actor: unknown;
  readonly registration: string;
  readonly activityId: string;
  readonly sessionId: string;
  readonly masteryScore?: number;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
}

interface Statement {
  actor?: unknown;
  verb?: { id?: string };
  object?: { id?: string };
  result?: { score?: { scaled?: number }; success?: boolean; completion?: boolean; duration?: string };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id?: string }[] };
    extensions?: Record<string, unknown>;
  };
}

const VERB = (name: string) => (name === 'abandoned' ? 'https://w3id.org/xapi/adl/verbs/abandoned' : `http://adlnet.gov/expapi/verbs/${name}`);
const CMI5_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(VERB);
const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export function cmi5Problems(statements: readonly Statement[], launch: Launch): string[] {
  const problems: string[] = [];
  const verbs = statements.map((s) => s.verb?.id ?? '?');
  const count = (verb: string) => verbs.filter((v) => v === VERB(verb)).length;
  if (verbs[0] !== VERB('initialized')) problems.push(`first statement is ${verbs[0]}, not initialized`);
  if (count('initialized') !== 1) problems.push(`${count('initialized')} initialized statements`);
  if (count('terminated') > 1) problems.push(`${count('terminated')} terminated statements`);
  if (count('terminated') === 1 && verbs.at(-1) !== VERB('terminated')) problems.push('statements after terminated');
  for (const once of ['completed', 'passed']) if (count(once) > 1) problems.push(`${count(once)} ${once} statements`);
  const passedAt = verbs.indexOf(VERB('passed'));
  if (passedAt >= 0 && verbs.slice(passedAt).includes(VERB('failed'))) problems.push('failed after passed');
  if (launch.launchMode !== 'Normal' && verbs.some((v) => CMI5_VERBS.includes(v) && v !== VERB('initialized') && v !== VERB('terminated')))
    problems.push(`${launch.launchMode} mode: only initialized and terminated are allowed`);
  statements.forEach((s, k) => {
    const where = `statement ${k + 1} (${s.verb?.id})`;
    if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor)) problems.push(`${where}: actor is not the launch actor`);
    if (s.context?.registration !== launch.registration) problems.push(`${where}: registration ${s.context?.registration}`);
    if (s.context?.extensions?.[SESSION] !== launch.sessionId) problems.push(`${where}: session id missing or wrong`);
    const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
    const defined = CMI5_VERBS.includes(s.verb?.id ?? '');
    if (defined) {
      if (s.object?.id !== launch.activityId) problems.push(`${where}: object is not the AU's activity id`);
      if (!categories.includes(CATEGORY_CMI5)) problems.push(`${where}: cmi5 category missing`);
    } else if (categories.includes(CATEGORY_CMI5)) problems.push(`${where}: cmi5 category on a statement cmi5 does not define`);
    const judged = [VERB('passed'), VERB('failed')].includes(s.verb?.id ?? '');
    if ((judged || s.verb?.id === VERB('completed')) && !categories.includes(CATEGORY_MOVEON)) problems.push(`${where}: moveOn category missing`);
    if ((judged || s.verb?.id === VERB('completed') || s.verb?.id === VERB('terminated')) && !s.result?.duration) problems.push(`${where}: duration missing`);
    if (judged && launch.masteryScore !== undefined) {
      if (s.context?.extensions?.[MASTERY] !== launch.masteryScore) problems.push(`${where}: masteryscore extension missing`);
      const scaled = s.result?.score?.scaled;
      if (scaled !== undefined && (s.verb?.id === VERB('passed')) !== scaled >= launch.masteryScore) problems.push(`${where}: score ${scaled} against mastery ${launch.masteryScore}`);
    }
  });
  return problems;
}
