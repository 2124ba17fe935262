
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`拨打 ${0}`,
'action.email': html`发送电子邮件至 ${0}`,
'action.text': html`发送短信至 ${0}`,
'action.text-keyword': html`发送短信 ${0} 至 ${1}`,
'action.tty': html`TTY 文字电话 ${0}`,
'action.web': `访问网站`,
'channel.languages': str`语言：${0}`,
'channel.tty': `供聋人和听力障碍者使用`,
'csec-facts.citation': html`${0}，${1}`,
'csec-facts.citation-year': html`${0}，${1}，${2}`,
'csec-facts.empty': `没有符合此选择的事实。`,
'csec-facts.heading': `关于儿童性剥削的事实`,
'csec-facts.loading': `正在检查是否有更新的事实…`,
'csec-facts.profile-caption': html`在这 ${0} 名青少年中`,
'csec-facts.profile-label': `背景`,
'csec-facts.profile-share': `比例`,
'csec-facts.scope-definitions': `是什么`,
'csec-facts.scope-local': `本地`,
'csec-facts.scope-national': `全国`,
'csec-facts.scope-state': `全州`,
'csec-facts.source-summary': html`来源：${0}`,
'csec-facts.sources-summary': `来源`,
'data.loading': `正在检查是否有更新的列表…`,
'hotline-list.heading': `获取帮助`,
'hotline-list.no-match': `此地区没有符合这些主题的服务。`,
'hours.after-hours': html`关闭时，请拨打 ${0}`,
'hours.always': str`服务时间 ${0}`,
'hours.closed-now': `现在关闭`,
'hours.open-now': `通常此时开放`,
'quick-exit.hint': str`或按 ${0} 次 Shift`,
'quick-exit.hint-with-escape': str`或按 ${0} 次 Shift，或按 ${1} 次 Esc`,
'quick-exit.label': `退出此页面`,
'quick-exit.neutral-title': `正在加载`,
'quick-exit.remaining-few': str`再按 ${0} 次 Shift 即可退出`,
'quick-exit.remaining-one': str`再按 ${0} 次 Shift 即可退出`,
'quick-exit.remaining-other': str`再按 ${0} 次 Shift 即可退出`,
'quick-exit.remaining-two': str`再按 ${0} 次 Shift 即可退出`,
'source.unconfirmed': `尚未得到独立来源的证实。`,
'source.verified': html`来源：${0}（${1}），核实日期：${2}`,
'source.verified-only': str`核实日期：${0}`,
'tip-line-banner.alternative': html`随时开放：${0} ${1}`,
'tip-line-banner.dismiss': `关闭`,
'tip-line-banner.emergency': html`正处于紧急危险中？${0}`,
    };
  