/** The quiz player, loaded when a quiz comes near the viewport. */
import { loadWhenNear } from '../load-when-near';

loadWhenNear('quiz-player', () => import('./quiz-player'));
