/** Words that mark an activity as online (线上、网上、云、直播 …) or offline (线下、现场 …). */

/** Online wording anywhere (activity name, place, caption). A bare 云 is too common in names (云南, 白云). */
export const ONLINE_WORDS = /线上|网上|网络|云上|云端|云游|云课堂|云直播|直播|在线|视频会|腾讯会议|钉钉|微信群|公众号|小程序|抖音|快手|视频号|H5|网课/i;
/** In a 形式 column a bare 云 (云祭扫, 云) does mean online. */
const ONLINE_FORM = new RegExp(`${ONLINE_WORDS.source}|云`, 'i');
export const OFFLINE_WORDS = /线下|现场|实地|户外|室内|面对面|集中/;

/** Online from a 形式 cell: true, false, or null when it says neither. Both (线上+线下) counts as online. */
export function formIsOnline(text: string): boolean | null {
  if (ONLINE_FORM.test(text)) return true;
  if (OFFLINE_WORDS.test(text)) return false;
  return null;
}
