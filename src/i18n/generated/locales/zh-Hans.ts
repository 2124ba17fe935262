
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
'action.web': `访问网站`,
'channel.languages': str`语言：${0}`,
'data.loading': `正在检查是否有更新的列表…`,
'hotline-list.heading': `获取帮助`,
'hotline-list.no-match': `此地区没有符合这些主题的服务。`,
'hours.always': str`服务时间 ${0}`,
'source.verified': html`来源：${0}（${1}），核实日期：${2}`,
'source.verified-only': str`核实日期：${0}`,
    };
  