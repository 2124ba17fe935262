
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`Gọi ${0}`,
'action.email': html`Gửi email đến ${0}`,
'action.text': html`Nhắn tin đến ${0}`,
'action.text-keyword': html`Nhắn ${0} đến ${1}`,
'action.web': `Truy cập trang web`,
'channel.languages': str`Ngôn ngữ: ${0}`,
'data.loading': `Đang kiểm tra danh sách cập nhật…`,
'hotline-list.heading': `Tìm trợ giúp`,
'hotline-list.no-match': `Không có dịch vụ nào ở đây phù hợp với các chủ đề này.`,
'hours.always': str`Mở cửa ${0}`,
'source.verified': html`Nguồn: ${0} (${1}), đã xác minh ngày ${2}`,
'source.verified-only': str`Đã xác minh ngày ${0}`,
    };
  