/** UI strings of offline reading (saving, the update prompt, the offline page) and of a quiz that cannot load. */
export const offlineFr = {
  'quiz.load.offline':
    'Ce quiz n’a pas pu se charger\u00a0: vous êtes hors connexion et il n’est pas enregistré sur cet appareil. Reconnectez-vous puis réessayez, ou enregistrez son parcours pour le hors-ligne.',
  'quiz.load.network': 'Ce quiz n’a pas pu se charger\u00a0: le serveur n’a pas répondu. Vérifiez votre connexion puis réessayez.',
  'quiz.load.status': 'Ce quiz n’a pas pu se charger\u00a0: le serveur a répondu par une erreur {status}. Réessayez plus tard.',
  'quiz.load.invalid': 'Ce quiz n’a pas pu se charger\u00a0: ses données sont illisibles. Rechargez la page\u00a0; si cela recommence, signalez-le.',
  'quiz.load.retry': 'Réessayer de charger le quiz',
  'offline.lessonsHelp':
    'Pour lire sans réseau (avion, train, salle sans Wi-Fi), enregistrez un parcours sur cet appareil\u00a0: ses leçons, leurs fiches et leurs quiz, son certificat, le catalogue et le glossaire. Votre progression reste enregistrée, en ligne comme hors ligne.',
  'offline.programmeHelp':
    'Avant une séance dans une salle sans réseau, enregistrez ce programme sur cet appareil\u00a0: ses vues, ses leçons, leurs fiches et leurs quiz, et ses calculateurs.',
  'offline.save.track': 'Enregistrer pour le hors-ligne\u00a0: {name}',
  'offline.save.programme': 'Enregistrer ce programme pour le hors-ligne',
  'offline.remove': 'Retirer du hors-ligne\u00a0: {name}',
  'offline.progress': 'Enregistrement pour le hors-ligne',
  'offline.checking': 'Vérification de ce qui est enregistré sur cet appareil…',
  'offline.saving': 'Enregistrement… {done} pages sur {total}',
  'offline.saved': 'Disponible hors ligne\u00a0: {count} pages, {size}, enregistrées le {date}.',
  'offline.notSaved': 'Pas enregistré pour le hors-ligne.',
  'offline.partial': 'Le navigateur a effacé une partie des pages enregistrées pour libérer de la place\u00a0: enregistrez de nouveau.',
  'offline.removed': 'Retiré\u00a0: ces pages ne sont plus disponibles hors ligne sur cet appareil.',
  'offline.failed': 'L’enregistrement s’est arrêté\u00a0: {reason} Rien n’a été gardé. Réessayez une fois connecté.',
  'offline.reason.offline': 'vous êtes hors connexion.',
  'offline.reason.network': 'le serveur n’a pas répondu.',
  'offline.reason.status': 'la page {url} a répondu par une erreur {status}.',
  'offline.reason.quota': 'l’espace de stockage de ce navigateur est plein.',
  'offline.unsupported': 'Ce navigateur ne permet pas d’enregistrer des pages pour le hors-ligne.',
  'offline.card.available': 'Disponible hors ligne',
  'offline.card.unavailable': 'Non disponible hors ligne',
  'offline.update.text': 'Une nouvelle version du site est disponible. Votre progression est conservée.',
  'offline.update.reload': 'Recharger la page',
  'offline.page.title': 'Page non disponible hors ligne',
  'offline.page.lead': 'Vous êtes hors connexion et cette page n’a pas été enregistrée sur cet appareil.',
  'offline.page.how':
    'Une fois connecté, ouvrez la liste des leçons ou un programme et choisissez «\u00a0Enregistrer pour le hors-ligne\u00a0»\u00a0: les leçons, leurs quiz et le certificat restent alors lisibles sans réseau.',
  'offline.page.available': 'Disponible sans réseau\u00a0:',
  'search.offline':
    'La recherche a besoin du réseau\u00a0: ses fichiers ne sont pas enregistrés sur cet appareil. Le catalogue, lui, se filtre sans réseau une fois un parcours enregistré.',
} as const;

export const offlineEn: Record<keyof typeof offlineFr, string> = {
  'quiz.load.offline':
    'This quiz could not load: you are offline and it is not saved on this device. Reconnect and try again, or save its track for offline use.',
  'quiz.load.network': 'This quiz could not load: the server did not answer. Check your connection and try again.',
  'quiz.load.status': 'This quiz could not load: the server answered with error {status}. Try again later.',
  'quiz.load.invalid': 'This quiz could not load: its data cannot be read. Reload the page; if it happens again, please report it.',
  'quiz.load.retry': 'Try loading the quiz again',
  'offline.lessonsHelp':
    'To read without a network (plane, train, a room without Wi-Fi), save a track on this device: its lessons, their briefs and quizzes, its certificate, the catalogue and the glossary. Your progress is kept, online and offline.',
  'offline.programmeHelp':
    'Before a session in a room without a network, save this programme on this device: its views, its lessons, their briefs and quizzes, and its calculators.',
  'offline.save.track': 'Save for offline use: {name}',
  'offline.save.programme': 'Save this programme for offline use',
  'offline.remove': 'Remove from offline: {name}',
  'offline.progress': 'Saving for offline use',
  'offline.checking': 'Checking what is saved on this device…',
  'offline.saving': 'Saving… {done} of {total} pages',
  'offline.saved': 'Available offline: {count} pages, {size}, saved on {date}.',
  'offline.notSaved': 'Not saved for offline use.',
  'offline.partial': 'The browser deleted some of the saved pages to free space: save again.',
  'offline.removed': 'Removed: these pages are no longer available offline on this device.',
  'offline.failed': 'Saving stopped: {reason} Nothing was kept. Try again once connected.',
  'offline.reason.offline': 'you are offline.',
  'offline.reason.network': 'the server did not answer.',
  'offline.reason.status': 'the page {url} answered with error {status}.',
  'offline.reason.quota': 'this browser’s storage is full.',
  'offline.unsupported': 'This browser cannot save pages for offline use.',
  'offline.card.available': 'Available offline',
  'offline.card.unavailable': 'Not available offline',
  'offline.update.text': 'A new version of the site is available. Your progress is kept.',
  'offline.update.reload': 'Reload the page',
  'offline.page.title': 'Page not available offline',
  'offline.page.lead': 'You are offline and this page was not saved on this device.',
  'offline.page.how':
    'Once connected, open the list of lessons or a programme and choose “Save for offline use”: the lessons, their quizzes and the certificate can then be read without a network.',
  'offline.page.available': 'Available without a network:',
  'search.offline':
    'Search needs the network: its files are not saved on this device. The catalogue can be filtered offline once a track is saved.',
};
