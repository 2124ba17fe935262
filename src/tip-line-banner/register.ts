import { defineElement } from '../base/define.js';
import { startLocalization } from '../i18n/localization.js';
import { TipLineBanner } from './tip-line-banner.js';

export { TipLineBanner };
startLocalization(import.meta.url);
defineElement('tip-line-banner', TipLineBanner);
