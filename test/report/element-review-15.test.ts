/**
 * Review of session 15's detector rules (precision: a rule must not throw away real evidence in reports written in
 * registers the rules were not tuned on). Each case is a sentence of this test's own, just outside the rule's intent,
 * beside one just inside it.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;

describe('review 15: who comes to the unit to supervise — only the unit\'s own place is the unit', () => {
  const cg = '清河县城市管理综合执法局关于市容秩序整治工作的情况汇报';
  it('the unit\'s leader going out to streets, a front line or 县直 units is still in charge', () => {
    expect(has([cg, '分管副局长王磊具体负责并每周到城区各路段督查。'], '主体责任')).toBe(true);
    expect(has([cg, '局长李强作为第一责任人每周带队到县城主次干道督查。'], '主体责任')).toBe(true);
    expect(has(['清河县文明办关于创建工作的情况说明', '文明办主任周敏具体负责并每月带队到县直各单位督导检查。'], '主体责任')).toBe(true);
    expect(has(['清河县第一中学关于文明校园创建工作的述职报告', '副校长张华具体负责每周深入一线督导。'], '主体责任')).toBe(true);
    expect(has(['城关镇人民政府关于人居环境整治工作的汇报', '分管副镇长具体负责每周到镇区主要街道检查。'], '主体责任')).toBe(true);
    expect(has(['清河县中心血站关于无偿献血工作的汇报', '站长负总责每月到中心城区献血点检查。'], '主体责任')).toBe(true);
  });
  it('someone coming to the unit\'s own place to supervise is outside', () => {
    expect(has(['清河县中心血站关于无偿献血工作的汇报', '县卫健局分管副局长负责每月到站督导。'], '主体责任')).toBe(false);
    expect(has(['清河县农商银行城关支行关于金融服务工作的汇报', '县金融服务中心负责人每季度到行督导检查。'], '主体责任')).toBe(false);
  });
});

describe('review 15: a county reporting for itself — its own bodies are inside', () => {
  const county = '清河县关于创建全国文明城市工作情况的汇报';
  it('县文明办 / 县委宣传部 in the county\'s own report are the county\'s', () => {
    expect(has([county, '县文明办主任王某具体负责日常调度。'], '主体责任')).toBe(true);
    expect(has([county, '县委宣传部部长任指挥部常务副指挥长，统筹推进创建工作。'], '主体责任')).toBe(true);
  });
  it('another body\'s matter given to the unit\'s leader (由…) leaves the leader in charge', () => {
    const t = '清河县住房和城乡建设局关于物业小区整治工作的汇报';
    expect(has([t, '县文明办督查反馈的问题由分管副局长牵头整改。'], '主体责任')).toBe(true);
    expect(has([t, '县委巡察组反馈问题由局长负总责。'], '主体责任')).toBe(true);
    expect(has([t, '县交通运输局派驻的监督员负责日常巡查。'], '主体责任')).toBe(false);
  });
  it('in a department\'s report another department is still outside', () => {
    expect(has(['清河县老年大学关于老年教育工作的情况说明', '县文旅局副局长邵东具体负责。'], '主体责任')).toBe(false);
  });
});

describe('review 15: a state, not an action — only where the state is the predicate', () => {
  const t = '清河县城市管理局关于市容整治工作的汇报';
  it('a state qualifying what 对 brings to be acted on, and 有 opening a word, leave the action', () => {
    expect(has([t, '组织志愿者对贴有小广告的墙面进行集中清理。'], '具体措施')).toBe(true);
    expect(has(['清河县民政局关于养老服务工作的汇报', '对设有床位的养老机构开展消防安全检查。'], '具体措施')).toBe(true);
    expect(has(['清河县文明办关于文明实践工作的汇报', '在广场发放有奖问答卷，吸引群众参与文明知识学习。'], '具体措施')).toBe(true);
    expect(has(['清河县交通运输局关于文明乘车工作的汇报', '为全县公交车安装有声报站系统。'], '具体措施')).toBe(true);
    expect(has([t, '紧贴着群众需求开设夜市摊点。'], '具体措施')).toBe(true);
  });
  it('a state as the predicate is still no action', () => {
    expect(has([t, '背街小巷的墙面上贴有老党员捐赠的旧照片。'], '具体措施')).toBe(false);
    expect(has([t, '展柜里摆放着老党员捐赠的旧物。'], '具体措施')).toBe(false);
  });
});

describe('review 15: 我所 / 各所 are a station acting', () => {
  it('a 派出所 or 市场监管所 writing 我所 / 各所 acts', () => {
    expect(has(['清河县公安局城关派出所关于文明交通工作的情况汇报', '我所开展了文明交通进校园宣传。'], '具体措施')).toBe(true);
    expect(has(['清河县市场监督管理局关于食品安全工作的汇报', '各所开展了校园周边食品安全专项检查。'], '具体措施')).toBe(true);
  });
  it('所 + verb opening a clause is still a noun', () => {
    expect(has(['清河县市场监督管理局关于食品安全工作的汇报', '所检查门店的灭火器都在有效期内，消防通道畅通。'], '具体措施')).toBe(false);
  });
});

describe('review 15: a demand the unit told people is work done', () => {
  const t = '清河县交通运输局关于文明交通工作的汇报';
  it('劝导行人不要闯红灯: telling them is the measure', () => {
    expect(has([t, '志愿者在路口劝导行人不要闯红灯。'], '具体措施')).toBe(true);
  });
  it('a demand with no one told is still a demand', () => {
    expect(has([t, '志愿者在路口不要闯红灯。'], '具体措施')).toBe(false);
  });
});

describe('review 15: an outline item under a measures heading — not under plans or problems', () => {
  const t = '清河县民政局关于养老服务工作的汇报';
  it('items under 下一步措施 / 存在问题及整改措施 are no measures', () => {
    expect(has([t, '三、下一步措施', '◆ 长者助餐点扩面', '◆ 老年食堂'], '具体措施')).toBe(false);
    expect(has([t, '二、存在问题及整改措施', '◆ 背街小巷占道经营', '◆ 农贸市场周边乱停车'], '具体措施')).toBe(false);
  });
  it('an item naming only the people served is no measure', () => {
    expect(has([t, '一、主要做法', '◆ 老年人', '◆ 困难群众'], '具体措施')).toBe(false);
    expect(has([t, '一、主要做法', '◆ 独居老人', '◆ 上门送餐'], '具体措施')).toBe(true);
  });
  it('items under 主要做法 are', () => {
    expect(has([t, '一、主要做法', '◆ 长者助餐点', '◆ 上门送餐'], '具体措施')).toBe(true);
  });
});

describe('review 15: an article of a rule, not a thing counted', () => {
  it('第一条背街小巷 is a lane, not an article', () => {
    expect(has(['清河县城市管理局关于背街小巷改造工作的汇报', '第一条背街小巷文化路改造完工，新装路灯24盏。'], '具体措施')).toBe(true);
    expect(has(['清河县人民法院诉讼服务制度汇编', '第四条 诉讼服务中心每月开展一次回访。'], '具体措施')).toBe(false);
  });
});

describe('review 15: a message\'s envelope — only a message\'s', () => {
  it('a schedule\'s rows (activity, date, time) are no chat turns', () => {
    const lines = [
      '城关镇第一小学学雷锋月活动安排及开展情况',
      '升旗仪式 3月5日 8:00',
      '全体师生在操场举行升旗仪式，校长作学雷锋主题国旗下讲话。',
      '志愿服务 3月5日 14:30',
      '组织少先队员到敬老院开展慰问演出，为老人打扫房间。',
      '社区清洁 3月12日 15:00',
      '师生志愿者到学校周边清理卫生死角，捡拾垃圾20余袋。',
    ];
    expect(evidence(lines)['数据实例']).toEqual(['20余袋']);
  });
  it('the unit the title names posted the report, though a county office\'s notice is longer', () => {
    const lines = [
      '北关社区关于文明创建工作的情况',
      '县文明办-周敏 3月12日 09:30',
      '请各单位于3月15日前报送本单位文明创建工作情况，内容要包括主体责任、部署文件、具体措施、数据实例和取得成效，要求实事求是，字数不少于500字，报送至县文明办邮箱，逾期未报的将予以通报。',
      '北关社区-郝强 3月14日 16:10',
      '北关社区党支部书记郝强负总责，开展文明楼道评比，评出文明楼道12个，居民满意率达98%。',
    ];
    const ev = evidence(lines);
    expect(ev['主体责任']!.length).toBeGreaterThan(0);
    expect(ev['数据实例']!.length).toBeGreaterThan(0);
  });
  it('the poster is matched to the title\'s unit whatever the county (session 40: not only 清河)', () => {
    const lines = [
      '县统计局关于经济普查工作的情况',
      '县文明办-周敏 3月12日 09:30',
      '请各单位于3月15日前报送本单位文明创建工作情况，内容要包括主体责任、部署文件、具体措施、数据实例和取得成效，要求实事求是，字数不少于500字，报送至县文明办邮箱，逾期未报的将予以通报。',
      '平湖县统计局-李明 3月14日 16:10',
      '局长周建华负总责，开展普查员培训，培训普查员34人，入户登记进度排名全县第一。',
    ];
    expect(evidence(lines)['主体责任']!.length).toBeGreaterThan(0);
  });
  it('a reader quoted with 写道： is the report; a mail quoted with its date is not', () => {
    const body = '今年以来，社区坚持把文明创建作为民生工程来抓，党支部书记郝强任组长，负总责。按照《北关社区2026年文明创建工作方案》，社区组建了楼栋长队伍，开展文明楼道评比，评出文明楼道12个，为独居老人安装烟感报警器42个。';
    expect(has(['北关社区关于文明创建工作的情况简报', body, '一位老党员在留言簿上写道：', '“楼道亮了，邻里热了。”', '居民满意率达98%。'], '取得成效')).toBe(true);
    expect(has(['北关社区关于文明创建工作的情况简报', body, '在2026年3月16日 09:11，“县文明办”<qhwmb@163.com> 写道：', '请于本周报送，居民满意率达98%。'], '取得成效')).toBe(false);
  });
});

describe('review 15: listed as a model place or one to be fostered is recognition', () => {
  it('示范点位 / 重点培育对象 are recognition; 测评的重点点位 is not', () => {
    expect(has(['清河县文旅局关于文明旅游工作的汇报', '今年，清河古镇景区被列为全省文明旅游示范点位。'], '取得成效')).toBe(true);
    expect(has(['北关村关于文明村创建工作的汇报', '北关村被列为全省文明村镇重点培育对象。'], '取得成效')).toBe(true);
    expect(has(['清河县图书馆关于文明创建工作的汇报', '今年我馆被列为文明城市测评的重点点位。'], '取得成效')).toBe(false);
  });
});
