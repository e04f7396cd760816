/**
 * The level a report that never names itself speaks of itself by. Texts
 * written for these tests; the numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { selfLevel } from '../../src/extract/self-level.js';

describe('selfLevel', () => {
  it('reads a town (thị xã) speaking of itself as subject and owner', () => {
    const text = [
      'Chương trình cải cách năm 2022 của thị xã gồm 36 nhiệm vụ, đã xong 35 nhiệm vụ.',
      'Thị xã duy trì Trung tâm Phục vụ hành chính công; Trung tâm Phục vụ hành chính công thị xã nhận 18.400 hồ sơ.',
      'Bộ phận một cửa của 10 phường, xã nhận 9.120 hồ sơ; tỷ lệ đúng hạn ở cấp xã đạt 99,5%.',
      'Năm 2022, thị xã được giao 96 biên chế; phần mềm quản lý văn bản dùng chung của tỉnh chạy ổn định.',
    ].join('\n');
    expect(selfLevel(text)).toBe('district');
  });

  it('reads a district from "UBND huyện", "toàn huyện" and "trên địa bàn huyện"', () => {
    const text = [
      'UBND huyện ban hành 14 văn bản chỉ đạo; toàn huyện nhận 22.300 hồ sơ.',
      'Tổng số thủ tục trên địa bàn huyện là 371 thủ tục (250 thủ tục cấp huyện, 121 thủ tục cấp xã).',
      'Các xã, thị trấn niêm yết công khai thủ tục; huyện đứng thứ 6/13 huyện, thành phố.',
    ].join('\n');
    expect(selfLevel(text)).toBe('district');
  });

  it('reads a commune that names its superior district bare now and then', () => {
    const text = [
      'UBND xã ban hành 04 văn bản triển khai cải cách theo chỉ đạo của huyện.',
      'Bộ phận một cửa xã nhận 640 hồ sơ; xã còn 01 chức danh công chức chờ huyện tuyển dụng.',
      'Cán bộ, công chức của xã tham gia đầy đủ lớp tập huấn do huyện tổ chức; toàn xã có 9 thôn thực hiện tốt quy chế dân chủ.',
    ].join('\n');
    expect(selfLevel(text)).toBe('commune');
  });

  it('reads a province that speaks of its districts and communes in the plural or by tier', () => {
    const text = [
      'Năm 2023, toàn tỉnh nhận 410.000 hồ sơ; UBND tỉnh ban hành 25 văn bản chỉ đạo.',
      'Các huyện, thị xã, thành phố và các xã, phường, thị trấn niêm yết thủ tục đầy đủ; cấp huyện nhận 120.000 hồ sơ.',
      'Chỉ số cải cách của tỉnh xếp thứ 12/63; 9/9 huyện hoàn thành kế hoạch; mỗi huyện chọn 2 xã làm điểm.',
    ].join('\n');
    expect(selfLevel(text)).toBe('province');
  });

  it('counts no named unit, list, ranking or word that only starts like a unit word', () => {
    const text = [
      'Huyện Tân Kỳ và xã Nghĩa Đồng được khen; phường 3 nhận 410 hồ sơ.',
      'Bảo hiểm xã hội, kinh tế - xã hội, xã viên hợp tác xã; xếp thứ 5 toàn tỉnh; huyện, thị xã, thành phố.',
    ].join('\n');
    expect(selfLevel(text)).toBe('');
  });

  it('leaves the level empty when no level clearly leads', () => {
    expect(selfLevel('UBND huyện chỉ đạo; xã nhận; của xã; toàn huyện; UBND tỉnh giao.')).toBe('');
    expect(selfLevel('Thị xã tiếp tục cải cách; của thị xã.')).toBe('');
  });
});
