import { LIFT_SPECS, parseLiftQuery, serializeLiftQuery } from '../../lib/calculators/lift-test';
import { LIFT_TEST_MESSAGES, liftTestView } from '../../lib/calculators/lift-test-view';
import { defineScalarCalculator } from './scalar-calculator';

defineScalarCalculator('lift-test-calculator', {
  messages: LIFT_TEST_MESSAGES,
  specs: LIFT_SPECS,
  parse: parseLiftQuery,
  serialize: serializeLiftQuery,
  view: liftTestView,
});
