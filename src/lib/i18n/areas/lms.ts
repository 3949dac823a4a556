/** UI strings of lessons inside an LMS package (SCORM, cmi5), French first; English typed against French. */
export const lmsFr = {
  'lms.package': 'Module de formation',
  'lms.position': 'Leçon {n} sur {total}',
  'lms.glossaryLink': 'Glossaire du module',
  'lms.backToLesson': 'Revenir à la leçon',
  'lms.status.label': 'Suivi par votre plateforme de formation',
  'lms.status.connecting': 'Connexion à la plateforme de formation de votre organisation…',
  'lms.status.connected': 'Votre progression est transmise à la plateforme de formation de votre organisation.',
  'lms.status.learner': 'Nom sur la plateforme : {name}',
  'lms.status.review': 'Mode consultation : cette visite n’est pas notée, rien n’est transmis à la plateforme.',
  'lms.status.none': 'Aucune plateforme de formation n’a été trouvée : votre progression reste dans ce navigateur.',
  'lms.status.failed':
    'La plateforme de formation de votre organisation n’a pas enregistré votre résultat ({detail}). Rien n’est perdu : votre progression est conservée dans ce navigateur et sera renvoyée à la prochaine action.',
  'lms.status.lost': 'La liaison avec la plateforme de formation a été perdue. Votre progression est conservée dans ce navigateur.',
  'lms.status.trimmed': 'Votre historique d’essais est trop long pour la plateforme : seuls les {kept} essais les plus utiles y sont gardés (le meilleur et le dernier compris).',
  'lms.status.finished': 'Séance terminée : vous pouvez fermer cette fenêtre.',
  'lms.exit': 'Terminer et revenir à la plateforme',
  'lms.course.executive-briefings':
    'Des leçons courtes pour les conseils et les dirigeants : ce que les réseaux sociaux changent, ce qu’ils rapportent et les questions à poser aux équipes.',
  'lms.course.staff-fundamentals':
    'Les fondamentaux pour les équipes : écouter, fixer des objectifs, choisir des indicateurs et mesurer la valeur des actions sur les réseaux sociaux.',
  'lms.course.trainer-kit': 'Pour les formateurs : conduire un programme interne sur les réseaux sociaux et en suivre les résultats.',
  'lms.course.social-media-2026':
    'Ce qui a changé depuis les premières leçons : flux de recommandation, contenus produits par l’IA et leurs obligations, mesure de ce que les réseaux sociaux causent vraiment.',
} as const;

export const lmsEn: Record<keyof typeof lmsFr, string> = {
  'lms.package': 'Training module',
  'lms.position': 'Lesson {n} of {total}',
  'lms.glossaryLink': 'Module glossary',
  'lms.backToLesson': 'Back to the lesson',
  'lms.status.label': 'Tracking by your learning platform',
  'lms.status.connecting': 'Connecting to your organisation’s learning platform…',
  'lms.status.connected': 'Your progress is sent to your organisation’s learning platform.',
  'lms.status.learner': 'Name on the platform: {name}',
  'lms.status.review': 'Review mode: this visit is not scored and nothing is sent to the platform.',
  'lms.status.none': 'No learning platform was found: your progress stays in this browser.',
  'lms.status.failed':
    'Your organisation’s learning platform did not record your result ({detail}). Nothing is lost: your progress is kept in this browser and will be sent again with your next action.',
  'lms.status.lost': 'The connection to the learning platform was lost. Your progress is kept in this browser.',
  'lms.status.trimmed': 'Your history of attempts is too long for the platform: only the {kept} most useful attempts are kept there (including the best and the latest).',
  'lms.status.finished': 'Session finished: you can close this window.',
  'lms.exit': 'Finish and return to the platform',
  'lms.course.executive-briefings':
    'Short lessons for boards and executives: what social media change, what they are worth and the questions to ask your teams.',
  'lms.course.staff-fundamentals':
    'The fundamentals for staff: listening, setting objectives, choosing indicators and measuring the value of social media work.',
  'lms.course.trainer-kit': 'For trainers: running an internal social media programme and following its results.',
  'lms.course.social-media-2026':
    'What has changed since the first lessons: recommendation feeds, AI-made content and its obligations, measuring what social media really cause.',
};

export type LmsMessageKey = keyof typeof lmsFr;
/** Every key: the package page hands them all to its runtime. */
export const LMS_MESSAGE_KEYS = Object.keys(lmsFr) as LmsMessageKey[];
