import { CARE_SPECS, parseCareQuery, serializeCareQuery } from '../../lib/calculators/care-query';
import { CARE_MESSAGES, careView } from '../../lib/calculators/care-view';
import { defineScalarCalculator } from './scalar-calculator';

defineScalarCalculator('care-calculator', {
  messages: CARE_MESSAGES,
  specs: CARE_SPECS,
  parse: parseCareQuery,
  serialize: serializeCareQuery,
  view: careView,
});
