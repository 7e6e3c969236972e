/**
 * zod, configured for extension pages. MV3's content security policy forbids
 * eval; zod's compiled fast path probes for it with `new Function`, and the
 * browser reports that probe as a CSP violation even though zod catches it.
 * Every module that validates with zod imports it from here, so the setting
 * is in place before any schema is built, whichever module loads first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
