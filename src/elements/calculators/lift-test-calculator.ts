import { LIFT_SPECS, parseLiftQuery, serializeLiftQuery } from '../../lib/calculators/lift-test';
import { liftTestView } from '../../lib/calculators/lift-test-view';
import { defineScalarCalculator } from './scalar-calculator';

defineScalarCalculator('lift-test-calculator', {
  messages: 'calc-lift-test',
  specs: LIFT_SPECS,
  parse: parseLiftQuery,
  serialize: serializeLiftQuery,
  view: liftTestView,
});
