/**
 * What if on the report, fetched on demand (the first "Try a change", or a scenario link): the editor, the
 * banner above a scenario, and with them the stores that compute it and the styles of its marks.
 */
export { WhatIfBanner } from './WhatIfBanner';
export { WhatIfEditor } from './WhatIfEditor';
