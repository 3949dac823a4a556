/** The lift-test planner's code, loaded when one comes near the viewport (its own module, so a page pays only for the calculators it shows). */
import { loadCalculator } from './load';

loadCalculator('lift-test-calculator', () => import('./lift-test-calculator'));
