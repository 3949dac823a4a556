/** Catalogue sources shaped like the real content, for the search unit tests. */
import type { CatalogueSources } from '../../../src/lib/search/catalogue';

export const frenchSources: CatalogueSources = {
  lang: 'fr',
  lessons: [
    {
      slug: 'why-programmes-fail',
      title: 'Pourquoi la plupart des programmes échouent',
      description: 'Les échecs viennent de l’absence de stratégie.',
      audience: ['executive'],
      track: 'executive-briefings',
      tags: ['strategy', 'governance'],
      objectives: ['Citer les causes d’échec', 'Repérer un programme sans stratégie'],
      takeaways: ['Compter des fans n’est pas mesurer.', 'Un programme échoue faute d’objectif.', 'Le budget va aux outils.'],
      textLang: 'fr',
    },
    {
      slug: 'not-mass-media',
      title: 'Les médias sociaux ne sont pas des médias de masse',
      description: 'Traiter les réseaux sociaux comme la télévision déçoit.',
      audience: ['executive', 'staff'],
      track: 'executive-briefings',
      tags: ['media', 'reach'],
      objectives: ['Adapter les attentes de mesure', 'Comprendre la portée'],
      takeaways: ['Un réseau social porte des messages vers de petites audiences.', 'L’effet est lent.', 'Un chiffre précis n’est pas exact.'],
      textLang: 'fr',
    },
    {
      slug: 'listening-first',
      title: 'Écouter d’abord',
      description: 'L’écoute avant la prise de parole.',
      audience: ['staff'],
      track: 'staff-fundamentals',
      tags: ['listening'],
      objectives: ['Mettre en place une veille', 'Lire les conversations'],
      takeaways: ['Écouter coûte peu.', 'Les clients parlent déjà de vous.', 'La veille guide la parole.'],
      textLang: 'fr',
    },
  ],
  stories: [
    {
      slug: 'listening-before-selling',
      title: 'Écouter avant de vendre',
      description: 'Une entreprise mesure ses réseaux à l’aune de son SAV.',
      tags: ['customer-care'],
      sector: 'Électroménager',
      objective: 'Réduire le coût du service après-vente',
      kpis: ['Coût par contact'],
      lessons: ['why-programmes-fail', 'listening-first', 'missing-lesson'],
      textLang: 'fr',
    },
  ],
  quizzes: [
    { slug: 'why-programmes-fail', title: 'Quiz : les causes d’échec', lesson: 'why-programmes-fail', textLang: 'fr' },
    { slug: 'free-quiz', title: 'Quiz libre', textLang: 'fr' },
  ],
  calculators: [{ id: 'roi', title: 'Impact économique (ROI, VAN)', description: 'Coûts et bénéfices actualisés.', audience: ['executive', 'trainer'], tags: ['roi', 'finance'] }],
  quizDescription: (lesson) => (lesson ? `Quiz sur «\u00a0${lesson}\u00a0»` : 'Quiz'),
};

export const labels = {
  fr: {
    type: { lesson: 'Leçon', story: 'Retour d’expérience', quiz: 'Quiz', calculator: 'Calculateur' },
    audience: { executive: 'Dirigeants', staff: 'Équipes', trainer: 'Formateurs' },
    track: { 'executive-briefings': 'Notes pour dirigeants', 'staff-fundamentals': 'Fondamentaux pour les équipes', 'trainer-kit': 'Kit du formateur', 'social-media-2026': 'Les réseaux sociaux en 2026' },
  },
  en: {
    type: { lesson: 'Lesson', story: 'Success story', quiz: 'Quiz', calculator: 'Calculator' },
    audience: { executive: 'Executives', staff: 'Staff', trainer: 'Trainers' },
    track: { 'executive-briefings': 'Executive briefings', 'staff-fundamentals': 'Staff fundamentals', 'trainer-kit': 'Trainer kit', 'social-media-2026': 'Social media in 2026' },
  },
} as const;
