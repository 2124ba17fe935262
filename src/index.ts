/**
 * The embed entry: registers every heat-widgets element and starts localization.
 * `<script type="module" src=".../heat-widgets.js">` or the classic `heat-widgets.iife.js`.
 */
import { defineElement } from './base/define.js';
import { startLocalization } from './i18n/localization.js';
import { HeatHotlineList } from './hotline-list/hotline-list.js';
import { HeatQuickExit } from './quick-exit/quick-exit.js';
import { CsecFacts } from './csec-facts/csec-facts.js';
import { TipLineBanner } from './tip-line-banner/tip-line-banner.js';

export { setHeatLocale } from './i18n/localization.js';
export { HeatHotlineList, CsecFacts, TipLineBanner };
export { HeatQuickExit };

// `import.meta.url` finds our own <script> tag (for its data-heat-locale); the classic build uses currentScript.
startLocalization(import.meta.url);

defineElement('heat-hotline-list', HeatHotlineList);
defineElement('heat-quick-exit', HeatQuickExit);
defineElement('csec-facts', CsecFacts);
defineElement('tip-line-banner', TipLineBanner);
