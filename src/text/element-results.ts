/**
 * 取得成效: an outcome claimed — an improvement, a recognition, satisfaction or coverage reached,
 * an effect on people (qualitative counts). Not: a heading with nothing or （略） under it,
 * targets and intentions (力争…达到95%), 成效 used in a shortcoming (成效还不够明显), counts of
 * activities or participants (those are data). Sentences under 存在问题 / 下一步 claim nothing.
 */
import { SHORTCOMING, beforeIntention, clauses, maskTitles, type ElementTest } from './element-shared.js';

const TESTS: RegExp[] = [
  // 取得明显成效 / 成效显著 / 初见成效
  /取得[^，,。；]{0,8}(成效|成绩|成果|效果|进展|突破)|(成效|效果)(明显|显著|突出|良好|初显|凸显)|初见成效|见到实效|取得实效/,
  // 明显提升 / 显著改善 / 进一步增强 / 有所提高 / 大幅下降
  /(明显|显著|大幅|大大|有效|进一步|持续|稳步|不断|普遍|全面|逐步|有所|得到|极大)(地)?(提升|提高|改善|增强|好转|加强|下降|减少|降低|优化|增长|增加|改观|转变|扩大)/,
  /(提升|提高|改善|增强|好转|下降|减少|降低|增长|增加)(了)?[^，,。；]{0,4}(明显|显著|\d+(\.\d+)?\s*(%|个百分点|倍))/,
  /同比(增长|下降|提高|减少|上升|降低)|较(去年|上年|上一年|往年)[^，,。；]{0,10}(增长|下降|提高|减少|上升|降低|提升|改善)/,
  // coverage / satisfaction reached
  /(?<!参与|出勤|到会)(率|满意度|知晓度|认可度)[^，,。；]{0,6}(达到?|为|提升|提高|超过|保持|实现)|实现[^，,。；]{0,12}全覆盖|(全覆盖|全面覆盖)/,
  // recognition
  /获评|荣获|被评为|被授予|被命名为|入选|获得[^，,。；]{0,20}(称号|奖|表彰|荣誉)|受到[^，,。；]{0,16}(表彰|表扬|好评|肯定|赞誉|点赞|认可)|(得到|获得)[^，,。；]{0,16}(好评|肯定|赞誉|认可|点赞)|(被|获)[^，,。；]{0,12}(报道|推广|转载|刊发)|经验做法[^，,。；]{0,10}(推广|交流)/,
  // effect on people and on the place
  /(认同感|获得感|幸福感|安全感|归属感|荣誉感|文明素养|文明素质|文明意识|法治意识|环保意识|安全意识|参与热情|积极性|精神面貌|社会风气|文明风尚|市容市貌|城乡面貌|环境面貌)[^，,。；]{0,8}(增强|提升|提高|改善|好转|高涨|明显|焕然一新|显著)/,
  /蔚然成风|深入人心|成为[^，,。；]{0,16}(品牌|亮点|名片|典范|标杆|样板)|形成了?[^，,。；]{0,16}(良好|浓厚)[^，,。；]{0,6}(氛围|风尚|局面|态势)|焕然一新|明显改观|有口皆碑|交口称赞|纷纷点赞|赞不绝口|受益匪浅|反响(热烈|良好)|零(投诉|事故|发生)|(未|没有|无)发生[^，,。；]{0,24}(事件|事故|案件|问题)|普遍(认可|好评|欢迎|满意)|广受(好评|欢迎|赞誉)|解决了[^，,。；]{0,24}(难题|问题|困难)/,
];

export const results: ElementTest = ({ text, role }) => {
  if (role === 'plans' || role === 'problems') return null;
  // 虽取得一定成效，但…仍有差距: 成效 inside a shortcoming.
  const shortcoming = SHORTCOMING.test(text);
  for (const clause of clauses(beforeIntention(maskTitles(text)))) {
    if (SHORTCOMING.test(clause)) continue;
    // A purpose clause (为进一步提升…) states an aim, not an outcome.
    if (/^(为了?|旨在|以便|以期|为进一步)/.test(clause)) continue;
    for (const re of TESTS) {
      const m = re.exec(clause);
      if (m && !(shortcoming && /成效|成绩|成果|效果/.test(m[0]))) return m[0];
    }
  }
  return null;
};
