import { defineElement } from '../base/define.js';
import { startLocalization } from '../i18n/localization.js';
import { HeatQuickExit } from './quick-exit.js';

export { HeatQuickExit };
startLocalization(import.meta.url);
defineElement('heat-quick-exit', HeatQuickExit);
