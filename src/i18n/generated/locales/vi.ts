
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
'action.tty': html`TTY ${0}`,
'action.web': `Truy cập trang web`,
'channel.languages': str`Ngôn ngữ: ${0}`,
'channel.tty': `Dành cho người khiếm thính hoặc lãng tai`,
'csec-facts.citation': html`${0}, ${1}`,
'csec-facts.citation-year': html`${0}, ${1}, ${2}`,
'csec-facts.empty': `Không có dữ kiện nào phù hợp với lựa chọn này.`,
'csec-facts.heading': `Sự thật về bóc lột tình dục trẻ em`,
'csec-facts.loading': `Đang kiểm tra dữ liệu cập nhật…`,
'csec-facts.profile-caption': html`Trong số ${0} thanh thiếu niên này`,
'csec-facts.profile-label': `Hoàn cảnh`,
'csec-facts.profile-share': `Tỷ lệ`,
'csec-facts.scope-definitions': `Đó là gì`,
'csec-facts.scope-local': `Tại địa phương`,
'csec-facts.scope-national': `Toàn quốc`,
'csec-facts.scope-state': `Toàn tiểu bang`,
'csec-facts.source-summary': html`Nguồn: ${0}`,
'csec-facts.sources-summary': `Các nguồn`,
'data.loading': `Đang kiểm tra danh sách cập nhật…`,
'hotline-list.heading': `Tìm trợ giúp`,
'hotline-list.no-match': `Không có dịch vụ nào ở đây phù hợp với các chủ đề này.`,
'hours.after-hours': html`Khi đóng cửa, hãy gọi ${0}`,
'hours.always': str`Mở cửa ${0}`,
'hours.closed-now': `Đã đóng cửa`,
'hours.open-now': `Thường mở cửa vào giờ này`,
'quick-exit.hint': str`hoặc nhấn Shift ${0} lần`,
'quick-exit.hint-with-escape': str`hoặc nhấn Shift ${0} lần, hoặc Esc ${1} lần`,
'quick-exit.label': `Thoát khỏi trang này`,
'quick-exit.neutral-title': `Đang tải`,
'quick-exit.remaining-few': str`Nhấn Shift thêm ${0} lần để thoát`,
'quick-exit.remaining-one': str`Nhấn Shift thêm ${0} lần để thoát`,
'quick-exit.remaining-other': str`Nhấn Shift thêm ${0} lần để thoát`,
'quick-exit.remaining-two': str`Nhấn Shift thêm ${0} lần để thoát`,
'source.unconfirmed': `Chưa được một nguồn độc lập xác nhận.`,
'source.verified': html`Nguồn: ${0} (${1}), đã xác minh ngày ${2}`,
'source.verified-only': str`Đã xác minh ngày ${0}`,
'tip-line-banner.alternative': html`Luôn hoạt động: ${0} ${1}`,
'tip-line-banner.dismiss': `Đóng`,
'tip-line-banner.emergency': html`Đang gặp nguy hiểm tức thời? ${0}`,
    };
  