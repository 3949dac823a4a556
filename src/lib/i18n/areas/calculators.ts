/** UI strings of the calculators area, French first; English typed against French so a missing key fails the type check. */
export const calculatorsFr = {
  'calculator.roi.title': 'Impact économique (ROI, VAN)',
  'calculator.roi.description':
    'Coûts et bénéfices actualisés sur un à cinq ans, trois scénarios, sensibilité et simulation de Monte-Carlo.',
  'calculator.care.title': 'Service client sur les réseaux sociaux',
  'calculator.care.description':
    'Ce que rapporte chaque demande résolue sur les réseaux plutôt qu’au téléphone, et le volume à partir duquel c’est rentable.',
  'calculator.fan-value.title': 'Combien vaut un fan ?',
  'calculator.fan-value.description':
    'Du nombre de fans à la marge réellement gagnée, étape par étape : pourquoi une audience n’est pas une valeur.',
  'calculator.kpi-planner.title': 'Des objectifs aux indicateurs',
  'calculator.kpi-planner.description':
    'Choisissez vos objectifs et obtenez les indicateurs qui les mesurent, leurs sources de données et les indicateurs de vanité à éviter.',
} as const;

export const calculatorsEn: Record<keyof typeof calculatorsFr, string> = {
  'calculator.roi.title': 'Economic impact (ROI, NPV)',
  'calculator.roi.description':
    'Discounted costs and benefits over one to five years, three scenarios, sensitivity and a Monte Carlo simulation.',
  'calculator.care.title': 'Customer care on social networks',
  'calculator.care.description':
    'What each request resolved on social networks instead of by phone saves, and the volume at which it pays off.',
  'calculator.fan-value.title': 'What is a fan worth?',
  'calculator.fan-value.description':
    'From a fan count to the margin actually earned, step by step: why an audience is not a value.',
  'calculator.kpi-planner.title': 'From objectives to KPIs',
  'calculator.kpi-planner.description':
    'Choose your objectives and get the indicators that measure them, where their data comes from and the vanity metrics to avoid.',
};
