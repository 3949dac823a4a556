/**
 * Objectives → KPIs planner: for each business objective, the indicators that measure it, where
 * their data comes from, the calculator that turns them into money, and the vanity metrics that
 * look like progress but measure none. Method after Damien Douani (objectives, then KPIs, then
 * tools) and AMEC's Barcelona Principles (outcomes over outputs; no advertising-value equivalents).
 *
 * Share link: `objectives=sales,care` (comma-separated ids, in any order; the plan keeps the
 * order below). An unknown id is reported and left out; the others are kept.
 */
import type { Lang } from '../content/translations';
import { shorten } from '../share-link/text';
import type { QueryProblem } from './scalar-query';
import type { CalcKey, CalculatorMessages } from './view';

export const OBJECTIVE_IDS = ['sales', 'care', 'awareness', 'recruitment', 'innovation', 'reputation'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];
export const DEFAULT_OBJECTIVES: readonly ObjectiveId[] = ['sales', 'care'];

/** What KpiPlanner.astro hands to <kpi-planner>: rejected link parameters, the summary and each objective's name. */
export const KPI_MESSAGES = {
  name: 'calc-kpi',
  keys: ['calc.problems', 'calc.problem', 'kpi.summary', 'kpi.none', ...OBJECTIVE_IDS.map((id) => `kpi.objective.${id}` as const)],
} as const satisfies CalculatorMessages<CalcKey>;

type Text = Readonly<Record<Lang, string>>;

export interface ObjectivePlan {
  readonly id: ObjectiveId;
  readonly kpis: readonly Text[];
  readonly dataSources: readonly Text[];
  /** The calculator that puts a money value on this objective, when one applies. */
  readonly calculator: 'roi' | 'care' | 'fan-value' | null;
  readonly vanity: readonly Text[];
}

export const OBJECTIVE_PLANS: readonly ObjectivePlan[] = [
  {
    id: 'sales',
    kpis: [
      { fr: 'Ventes attribuées aux visites venues des réseaux (liens suivis)', en: 'Sales attributed to visits from social networks (tracked links)' },
      { fr: 'Marge incrémentale par rapport à un groupe témoin', en: 'Incremental margin against a control group' },
      { fr: 'Nouveaux clients acquis par ce canal', en: 'New customers acquired through the channel' },
    ],
    dataSources: [
      { fr: 'Outil d’analyse du site (campagnes balisées)', en: 'Website analytics (tagged campaigns)' },
      { fr: 'CRM et système de caisse ou de commande', en: 'CRM and point-of-sale or order system' },
    ],
    calculator: 'roi',
    vanity: [
      { fr: 'Nombre de fans ou d’abonnés', en: 'Number of fans or followers' },
      { fr: '« Valeur média » calculée en équivalent publicitaire', en: '“Media value” computed as an advertising equivalent' },
    ],
  },
  {
    id: 'care',
    kpis: [
      { fr: 'Demandes résolues sur les réseaux par mois', en: 'Requests resolved on social networks per month' },
      { fr: 'Coût par contact, réseaux et téléphone comparés', en: 'Cost per contact, social and phone compared' },
      { fr: 'Délai de première réponse et taux de résolution', en: 'Time to first response and resolution rate' },
      { fr: 'Retours produits évités', en: 'Product returns avoided' },
    ],
    dataSources: [
      { fr: 'Outil de gestion des demandes (ticketing)', en: 'Case management (ticketing) tool' },
      { fr: 'Coûts du centre d’appels (contrôle de gestion)', en: 'Call-centre costs (management accounts)' },
    ],
    calculator: 'care',
    vanity: [
      { fr: 'Nombre de messages publiés par l’équipe', en: 'Number of messages posted by the team' },
      { fr: 'Mentions « j’aime » sur les réponses', en: 'Likes on replies' },
    ],
  },
  {
    id: 'awareness',
    kpis: [
      { fr: 'Notoriété assistée mesurée par sondage, avant et après', en: 'Aided awareness measured by survey, before and after' },
      { fr: 'Personnes uniques atteintes dans la cible', en: 'Unique people reached within the target audience' },
      { fr: 'Recherches de la marque sur les moteurs', en: 'Branded searches on search engines' },
    ],
    dataSources: [
      { fr: 'Études d’opinion', en: 'Opinion surveys' },
      { fr: 'Statistiques des plateformes et des moteurs de recherche', en: 'Platform and search-engine statistics' },
    ],
    calculator: 'fan-value',
    vanity: [
      { fr: 'Impressions cumulées sans dédoublonnage', en: 'Cumulative impressions without de-duplication' },
      { fr: 'Taux d’engagement présenté seul', en: 'Engagement rate shown on its own' },
    ],
  },
  {
    id: 'recruitment',
    kpis: [
      { fr: 'Candidatures qualifiées venues des réseaux', en: 'Qualified applications from social networks' },
      { fr: 'Coût par recrutement comparé aux cabinets et annonces', en: 'Cost per hire compared with agencies and job ads' },
      { fr: 'Délai pour pourvoir un poste', en: 'Time to fill a position' },
    ],
    dataSources: [
      { fr: 'Logiciel de recrutement (source de chaque candidature)', en: 'Applicant tracking system (source of each application)' },
      { fr: 'Budget recrutement des RH', en: 'HR recruitment budget' },
    ],
    calculator: 'roi',
    vanity: [
      { fr: 'Abonnés de la page carrières', en: 'Followers of the careers page' },
      { fr: 'Partages d’offres sans candidatures', en: 'Job posts shared without applications' },
    ],
  },
  {
    id: 'innovation',
    kpis: [
      { fr: 'Idées de clients retenues et mises en œuvre', en: 'Customer ideas selected and implemented' },
      { fr: 'Délai de test d’une nouvelle offre', en: 'Time to test a new offer' },
      { fr: 'Chiffre d’affaires des offres co-conçues', en: 'Revenue of co-designed offers' },
    ],
    dataSources: [
      { fr: 'Plateforme communautaire ou réseau social d’entreprise', en: 'Community platform or enterprise social network' },
      { fr: 'Suivi des projets de l’équipe produit', en: 'Product team project tracking' },
    ],
    calculator: 'roi',
    vanity: [
      { fr: 'Nombre de membres inscrits à la communauté', en: 'Number of registered community members' },
      { fr: 'Nombre d’idées déposées, sans suite donnée', en: 'Number of ideas submitted, with no follow-up' },
    ],
  },
  {
    id: 'reputation',
    kpis: [
      { fr: 'Part de voix et tonalité dans la cible, suivies dans le temps', en: 'Share of voice and sentiment within the target, tracked over time' },
      { fr: 'Délai de réponse à une crise', en: 'Time to respond in a crisis' },
      { fr: 'Intention de recommandation mesurée par sondage', en: 'Intention to recommend measured by survey' },
    ],
    dataSources: [
      { fr: 'Outil d’écoute (veille des conversations)', en: 'Social listening tool' },
      { fr: 'Baromètre d’image ou enquête clients', en: 'Brand tracker or customer survey' },
    ],
    calculator: null,
    vanity: [
      { fr: 'Équivalent publicitaire des retombées (AVE)', en: 'Advertising value equivalent of coverage (AVE)' },
      { fr: 'Volume de mentions sans tonalité ni cible', en: 'Volume of mentions without sentiment or audience' },
    ],
  },
];

export const isObjectiveId = (value: string): value is ObjectiveId => (OBJECTIVE_IDS as readonly string[]).includes(value);

export function parseKpiQuery(params: URLSearchParams): { objectives: ObjectiveId[]; problems: QueryProblem<'objectives'>[] } {
  const raw = params.get('objectives');
  if (raw === null || raw.trim() === '') return { objectives: [...DEFAULT_OBJECTIVES], problems: [] };
  const ids = raw.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const unknown = ids.filter((id) => !isObjectiveId(id));
  const chosen = new Set(ids.filter(isObjectiveId));
  const problems = unknown.length > 0 ? [{ field: 'objectives' as const, received: shorten(unknown.join(',')) }] : [];
  if (chosen.size === 0) return { objectives: [...DEFAULT_OBJECTIVES], problems };
  return { objectives: OBJECTIVE_IDS.filter((id) => chosen.has(id)), problems };
}

/** The inverse of parseKpiQuery for a non-empty selection (an empty one would read back as the default). */
export function serializeKpiQuery(objectives: readonly ObjectiveId[]): URLSearchParams {
  return new URLSearchParams({ objectives: OBJECTIVE_IDS.filter((id) => objectives.includes(id)).join(',') });
}
