
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`اتصل على ${0}`,
'action.email': html`راسل ${0}`,
'action.text': html`أرسل رسالة نصية إلى ${0}`,
'action.text-keyword': html`أرسل ${0} في رسالة نصية إلى ${1}`,
'action.web': `زيارة الموقع الإلكتروني`,
'channel.languages': str`اللغات: ${0}`,
'data.loading': `جارٍ التحقق من وجود قوائم محدّثة…`,
'hotline-list.heading': `احصل على المساعدة`,
'hotline-list.no-match': `لا توجد جهات هنا تطابق هذه المواضيع.`,
'hours.always': str`متاح ${0}`,
'source.verified': html`المصدر: ${0} (${1})، تم التحقق في ${2}`,
'source.verified-only': str`تم التحقق في ${0}`,
    };
  