import { FAN_SPECS, parseFanValueQuery, serializeFanValueQuery } from '../../lib/calculators/fan-value';
import { FAN_VALUE_MESSAGES, fanValueView } from '../../lib/calculators/fan-value-view';
import { defineScalarCalculator } from './scalar-calculator';

defineScalarCalculator('fan-value-calculator', {
  messages: FAN_VALUE_MESSAGES,
  specs: FAN_SPECS,
  parse: parseFanValueQuery,
  serialize: serializeFanValueQuery,
  view: fanValueView,
});
