import { FAN_SPECS, parseFanValueQuery, serializeFanValueQuery } from '../../lib/calculators/fan-value';
import { fanValueView } from '../../lib/calculators/fan-value-view';
import { defineScalarCalculator } from './scalar-calculator';

defineScalarCalculator('fan-value-calculator', {
  messages: 'calc-fan-value',
  specs: FAN_SPECS,
  parse: parseFanValueQuery,
  serialize: serializeFanValueQuery,
  view: fanValueView,
});
