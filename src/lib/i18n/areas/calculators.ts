/** The calculators' strings in the reference language: their keys are what the calculator pages hand to their elements. */
import calculatorsFr from '../fr/calculators.json' with { type: 'json' };

export { calculatorsFr };
