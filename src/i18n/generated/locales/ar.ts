
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
'action.tty': html`هاتف نصي (TTY) ${0}`,
'action.web': `زيارة الموقع الإلكتروني`,
'channel.languages': str`اللغات: ${0}`,
'channel.tty': `للمتصلين الصم وضعاف السمع`,
'csec-facts.citation': html`${0}، ${1}`,
'csec-facts.citation-year': html`${0}، ${1}، ${2}`,
'csec-facts.empty': `لا توجد حقائق تطابق هذا الاختيار.`,
'csec-facts.heading': `حقائق عن الاستغلال الجنسي للأطفال`,
'csec-facts.loading': `جارٍ التحقق من وجود حقائق محدّثة…`,
'csec-facts.profile-caption': html`من بين هؤلاء الشباب الـ${0}`,
'csec-facts.profile-label': `الخلفية`,
'csec-facts.profile-share': `النسبة`,
'csec-facts.scope-definitions': `ما هو`,
'csec-facts.scope-local': `على المستوى المحلي`,
'csec-facts.scope-national': `على المستوى الوطني`,
'csec-facts.scope-state': `على مستوى الولاية`,
'csec-facts.source-summary': html`المصدر: ${0}`,
'csec-facts.sources-summary': `المصادر`,
'data.loading': `جارٍ التحقق من وجود قوائم محدّثة…`,
'hotline-list.heading': `احصل على المساعدة`,
'hotline-list.no-match': `لا توجد جهات هنا تطابق هذه المواضيع.`,
'hours.after-hours': html`عند الإغلاق، اتصل على ${0}`,
'hours.always': str`متاح ${0}`,
'hours.closed-now': `مغلق الآن`,
'hours.open-now': `مفتوح عادةً في هذا الوقت`,
'quick-exit.hint': str`أو اضغط Shift ${0} مرات`,
'quick-exit.hint-with-escape': str`أو اضغط Shift ${0} مرات، أو Esc ${1} مرات`,
'quick-exit.label': `الخروج من هذه الصفحة`,
'quick-exit.neutral-title': `جارٍ التحميل`,
'quick-exit.remaining-few': str`اضغط Shift ${0} مرات أخرى للخروج`,
'quick-exit.remaining-one': str`اضغط Shift ${0} مرة أخرى للخروج`,
'quick-exit.remaining-other': str`اضغط Shift ${0} مرة أخرى للخروج`,
'quick-exit.remaining-two': str`اضغط Shift ${0} مرات أخرى للخروج`,
'source.unconfirmed': `لم يؤكده مصدر مستقل بعد.`,
'source.verified': html`المصدر: ${0} (${1})، تم التحقق في ${2}`,
'source.verified-only': str`تم التحقق في ${0}`,
'tip-line-banner.alternative': html`متاح دائمًا: ${0} ${1}`,
'tip-line-banner.dismiss': `إغلاق`,
'tip-line-banner.emergency': html`في خطر مباشر؟ ${0}`,
    };
  