/**
 * Rows naming the channels dossiers came in through ("Trực tuyến toàn
 * trình" / "Trực tuyến một phần" / "Trực tiếp và bưu chính") over columns
 * that say what is counted ("Tổng số hồ sơ | Đã xử lý | Chưa xử lý | …"),
 * closed by a total row: a portal's statistics page. The total row gives
 * each column's figure; a channel row's received count is that channel's
 * count (dossier.online_full, …); its other cells have no catalogue key.
 */
import { matchLabel } from './labels.js';

const CHANNELS = new Set(['dossier.online', 'dossier.online_full', 'dossier.online_partial', 'dossier.offline', 'dossier.postal']);

/** The wording a row label reads as when it names an intake channel ("Số hồ sơ tiếp nhận trực tuyến toàn trình"), or ''. */
export function channelReading(label: string): string {
  const bare = label.replace(/^[-+•\s]+/, '').replace(/^(?:hồ\s+sơ\s+)?(?:nộp|tiếp\s+nhận)\s+/iu, '');
  for (const text of [label, `Số hồ sơ tiếp nhận ${bare}`]) {
    if (CHANNELS.has(matchLabel(text, { percent: false }).indicator)) return text;
  }
  return '';
}
