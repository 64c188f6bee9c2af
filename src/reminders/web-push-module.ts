import { lazyModule } from '../core/lazy-module.ts';

/** web-push, loaded with the first key made or push sent: most starts do neither. */
export const webPush = lazyModule(() => import('web-push'));
