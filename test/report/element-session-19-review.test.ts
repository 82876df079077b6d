/**
 * Session 19, helper `review19`: precision review of the session's detector changes. Each row is a clerk's sentence in this
 * test's own words (not from fixtures/elements/), just inside or just outside a new rule, with the verdict the label standard
 * gives (fixtures/elements/README.md "Label standard" / "Judgement calls"), decided before running the tool.
 */
import { describe, expect, it } from 'vitest';
import { maskInstructions } from '../../src/text/element-mood.js';
import { run } from './rules-alone.js';

// The rules alone (test/report/rules-alone.ts): the vetoes undone, so a row tests the detector, not the retrained weights.
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的情况报告`, ...body, unit];
const blank = (s: string) => s.replace(/\S/g, '□');

describe('review19: the one template-instruction mask (measures19 0de338fb) reads a told note', () => {
  it('told notes keep their words; notes to the filler are still blanked', () => {
    for (const told of [
      '（提供上门送餐服务42户次）',
      '（选择城东、城西两个社区作为试点，组织入户宣传1200户）',
      '（邀请律师提供法律咨询120人次）',
      '（申请提供临时救助的困难群众28户全部办结）',
      '（受邀请参加填写问卷的居民312人，满意率96%）',
      '（此处原为垃圾堆放点，现已成为居民休闲的好去处）',
      '（此栏由局办公室主任王芳负责）',
      '（首批待补贴的困难户32户已全部发放到位）',
      '（举例来说，执法股每周组织队员夜查占道摊点）',
    ])
      expect(maskInstructions(told)).toBe(told);
    for (const asks of [
      '（请提供近三年数据）',
      '（请选择一项打√）',
      '（此处插入照片）',
      '（此处需写明牵头领导和责任股室）',
      '（此处为工作照片）',
      '（此处补充具体措施，如开展了哪些专项行动）',
      '（牵头科室请填写全称）',
      '（如有变动，请及时填写）',
      '（待补充文号，请经办股室查）',
      '【列举开展的活动，如志愿服务等】',
      '（举例说明开展的活动，如组织志愿者清理河道）',
    ])
      expect(maskInstructions(asks)).toBe(blank(asks));
  });
  run([
    ['具体措施', '+', 'a service told in a note opened by 提供', report('清河县民政局', '关爱独居老人', '今年以来，我局持续关心辖区独居老人（提供上门送餐服务42户次）。')],
    ['数据实例', '+', 'a count in a note opened by 选择', report('清河县城管局', '垃圾分类', '我局稳步推进垃圾分类（选择城东、城西两个社区作为试点，组织入户宣传1200户）。')],
    ['数据实例', '+', 'a count in a note where 请 is part of 邀请', report('清河县司法局', '法治宣传', '全年法治宣传持续开展（邀请律师提供法律咨询120人次）。')],
    ['取得成效', '+', 'a rate in a note where 请 is part of 邀请', report('清河县民政局', '满意度测评', '满意度测评已完成（受邀请参加填写问卷的居民312人，满意率96%）。')],
    ['取得成效', '+', 'a caption note opening 此处原为 tells a before and after', report('清河县住建局', '口袋公园建设', '城南游园建成开放（此处原为垃圾堆放点，现已成为居民休闲的好去处）。')],
    ['主体责任', '+', 'a note opening 此栏 names the one in charge', report('清河县文旅局', '台账管理', '台账资料归档（此栏由局办公室主任王芳负责）。')],
    ['数据实例', '-', 'just inside: a note asking for the figures', report('清河县民政局', '创文工作', '相关数据（请提供近三年数据）')],
    ['具体措施', '-', 'just inside: a note asking for the deeds', report('清河县民政局', '创文工作', '具体措施：（提供开展活动的照片及说明）')],
  ]);
});

describe('review19: charge19 078fc07b', () => {
  const town = (...body: string[]) => ['清河县城关镇人民政府关于环境卫生整治的情况报告', ...body, '清河县城关镇人民政府'];
  run([
    // CONTRACTED now reads 引入 / 招标 …: the unit's own office holding the charge in the next clause is still the unit's.
    ['主体责任', '+', 'a firm brought in, the town office’s head in charge of it', town('镇政府通过招标引入保洁公司负责日常保洁，由镇城建办主任刘强负责监督考核。')],
    ['主体责任', '+', 'a firm brought in, the office head in charge', report('清河县城管局', '市容保洁', '我局引入保洁公司承担背街小巷保洁，由办公室主任李华负责日常监督考核。')],
    ['主体责任', '-', 'just inside: the firm’s own manager in charge', town('镇政府通过招标引入保洁公司，由公司项目经理陈军负责现场调度。')],
    // titleUnit after the dash: a story's subtitle names its hero's team, not the unit that signs (事迹 / 记…).
    ['主体责任', '+', 'a story titled after its hero: the signing unit’s head', ['量化牌背后的守护者——县卫生健康综合执法大队监督员李强事迹', '县卫健委主任是游泳场所卫生监管的第一责任人。', '清河县卫生健康委员会', '2025年6月']],
    ['主体责任', '+', 'a story titled 记…: the signing unit’s head', ['一块量化牌的分量——记县卫生健康综合执法大队监督员李强', '县卫健委主任是公共场所卫生监督的第一责任人。', '清河县卫生健康委员会', '2025年6月']],
    // The comparative in the perfective: a wrong or a resistance grown is no outcome.
    ['取得成效', '-', 'a wrong grown more covert', report('清河县城管局', '停车秩序整治', '随着车辆增多，违规占道停车更隐蔽了。')],
    ['取得成效', '-', 'a resistance grown stronger', report('清河县城管局', '门前三包', '一些商户的抵触情绪更强了。')],
    ['取得成效', '+', 'just outside: a street cleaner now', report('清河县城管局', '老街整治', '经过一年整治，老街更干净了。')],
    ['取得成效', '+', 'just outside: the served more willing now', report('清河县文旅局', '农家书屋', '孩子们放学后更愿意来书屋了。')],
    // charge19's head of what rises: the served at the head counted as participants is data, not an outcome (issue 11).
    ['取得成效', '-', 'participants at the head, rising', report('清河县城管局', '门前三包', '参加“门前三包”培训的商户由30户增加到80户。')],
    ['取得成效', '-', 'volunteers at the head, rising', report('清河县民政局', '志愿服务', '参与志愿服务的居民由200人增加到500人。')],
    ['取得成效', '+', 'just outside: places now sorting, rising', report('清河县城管局', '垃圾分类', '实行垃圾分类的小区由14个增加到37个。')],
    ['取得成效', '+', 'just outside: a share of the served reached', report('清河县市场监管局', '亮证经营', '能够规范亮证经营的商户比例由68%提高到92%。')],
  ]);
});

describe('review19: parties19 9e68627d', () => {
  const bureau = (...body: string[]) => ['清河县城管局关于创文工作的情况报告', ...body, '清河县城管局'];
  run([
    // The public or some bodies opening a clause with what they said or did wrong: the subjectless deed after it is the unit's answer.
    ['具体措施', '+', 'a resident reports, the unit repairs', bureau('市民王女士反映小区路灯不亮，当天即派人维修更换灯具3盏。')],
    ['具体措施', '+', 'a few stallholders in the wrong, the unit persuades', bureau('个别商户占道经营，当场劝导其将货物搬回店内，并发放告知书120份。')],
    ['具体措施', '+', 'residents report, the unit mends', bureau('居民反映路面坑洼，安排施工队修补路面1200平方米。')],
    ['具体措施', '+', 'visitors report, the unit builds', ['清河县文旅局关于创文工作的情况报告', '游客反映景区厕所不够，新建旅游厕所3座。', '清河县文旅局']],
    ['具体措施', '+', 'residents take part, the unit rewards', bureau('市民在政务公众号上传光盘照片，每周抽取幸运用户赠送图书。')],
    ['具体措施', '-', 'just inside: a resident’s own deed', bureau('市民王女士自发组织邻居清扫楼道。')],
    ['具体措施', '-', 'just inside: some firms’ own practice', bureau('有的物业公司推出了“积分兑换”做法，效果很好。')],
    // A community's people acting with the unit's own team: the unit's deed too.
    ['具体措施', '+', 'village cadres with the unit’s team', ['清河县民政局关于驻村帮扶工作的情况报告', '村两委干部和我局驻村工作队一起入户走访困难群众46户。', '清河县民政局']],
    // A heading over a field of work (社区治理工作 / 社区工作) is no community's own work: the bureau's deeds under it stay its own.
    ['具体措施', '+', 'a 民政局 heading 社区治理工作', ['清河县民政局关于创文工作的情况报告', '三、社区治理工作', '指导全县32个社区建立居民议事会，培训社区工作者460人次。', '清河县民政局']],
    ['具体措施', '+', 'a 包联 report heading 社区工作', ['清河县体育局关于包联幸福社区的情况报告', '二、社区工作', '为包联的幸福社区配备健身器材12套，组织健身指导员上门指导8次。', '清河县体育局']],
    ['具体措施', '-', 'just inside: a heading 社区自身开展的工作', ['清河县体育局关于包联幸福社区的情况报告', '二、社区自身开展的工作', '在小区设立垃圾分类督导岗，开展楼道集中清理6次。', '清河县体育局']],
    ['主体责任', '-', 'just inside: the community’s secretary heads', ['清河县住建局关于包联幸福社区创文工作的情况报告', '社区党委书记张某任组长，统筹辖区创建工作。', '清河县住建局']],
  ]);
});
