// Fields that hold personal or internal data: left out of anything published (the website) unless the
// user asks for them (kerjasama site --include-private). Personal data is protected by UU 27/2022.

import type { Kind } from './types.js';

export const PRIVATE_FIELDS: Readonly<Record<Kind, readonly string[]>> = {
  partner: ['contacts'],
  agreement: [],
  activity: [],
};
