/** "Save for offline" loads when its control comes near the viewport. */
import { loadWhenNear } from '../load-when-near';

loadWhenNear('offline-pack', () => import('./offline-pack'));
