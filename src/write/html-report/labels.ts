/** Vietnamese names of statuses, severities and check ids shown in the HTML report. */
export const STATUS_LABELS: Record<string, string> = { ok: 'Hoàn tất', partial: 'Một phần', error: 'Không xử lý được' };

export const SEVERITY_LABELS: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

export const CHECK_LABELS: Record<string, string> = {
  sum_mismatch: 'Tổng không khớp',
  unit_sum_mismatch: 'Tổng các đơn vị không khớp dòng tổng',
  period_sum_mismatch: 'Tổng theo kỳ không khớp',
  ratio_mismatch: 'Tỷ lệ không khớp',
  change_mismatch: 'Mức tăng/giảm không khớp',
  mention_conflict: 'Số liệu mâu thuẫn',
  percent_out_of_range: 'Tỷ lệ ngoài 0–100%',
  invalid_date: 'Ngày không hợp lệ',
  implausible_document_year: 'Năm số hiệu văn bản bất hợp lý',
  date_after_report: 'Văn bản sau ngày báo cáo',
};

export const LEVEL_LABELS: Record<string, string> = { '': 'Toàn đơn vị', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' };

export const PERIOD_LABELS: Record<string, string> = {
  month: 'Tháng', quarter: 'Quý', half_year: '6 tháng', nine_months: '9 tháng', year: 'Năm', multi_year: 'Nhiều năm', other: 'Khác',
};
