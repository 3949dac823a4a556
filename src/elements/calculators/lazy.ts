/** Each calculator's code, loaded when that calculator comes near the viewport (lessons may embed several). */
import { loadWhenNear } from '../load-when-near';

loadWhenNear('roi-calculator', () => import('./roi-calculator'));
loadWhenNear('care-calculator', () => import('./care-calculator'));
loadWhenNear('fan-value-calculator', () => import('./fan-value-calculator'));
loadWhenNear('kpi-planner', () => import('./kpi-planner'));
