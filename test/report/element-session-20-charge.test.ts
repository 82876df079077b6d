/**
 * Session 20 (charge20): 主体责任 — who is in charge of what. Each principle in general terms, with rows just inside and just
 * outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a first-person claim of responsibility is one: the writer holding a responsibility by its degree (我…对…负直接领导责任 /
 *   负第一责任); bare blame owned (负有责任) names no degree and is none;
 * - the unit's name runs down its chain of bodies (…街道…社区 / …县委宣传部 / …局…所): the last body is the unit, so the
 *   community's 书记 in its own report is its own; a bureau 包联ing a community stays the bureau;
 * - a kind named bare is the unit when the unit is of that kind (学校 in a 小学's report); a party organ (…党支部) is of its
 *   body's kind (a 老年大学's 校长 is its own);
 * - a party owing a duty under an agreement (乙方 / 受托方 / 合作单位 …) holds that duty, not the charge of the unit's work —
 *   unless the agreement is between the unit and a part of its own (…与…股 / …（…所）);
 * - a contact line (会长：… 联系电话：…) is apparatus: 联系 in 联系电话 / 联系人 is no charge (联系 + a place still is);
 * - the unit itself by 我 / 本 + its body word (我大队负责…) is no one in charge;
 * - a role before 的 and a charge word (所队的督导) is a noun phrase, not someone taking charge;
 * - (review19's leftovers) a key left blank or holding only a note to the filler (牵头科室：（请填写）) names no one;
 *   a medium reporting the unit's own deed named inside its clause (…对我局开展的“…”行动进行了报道) tells that deed.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { partiesOf } from '../../src/text/element-parties.js';

function evidence(lines: string[], element = '主体责任'): string[] {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
  return elementEvidence(seg)[element]!.map((x) => x.words);
}
const charged = (lines: string[]) => evidence(lines).length > 0;

describe('session 20: the writer holding a responsibility by its degree', () => {
  const title = '白沙县生态环境分局领导班子专题民主生活会对照检查材料';
  it('我作为局长，对…负直接领导责任 / 负第一责任 is the writer in charge', () => {
    expect(charged([title, '我作为局长，对城区扬尘治理负直接领导责任。'])).toBe(true);
    expect(charged([title, '我作为中心主任，对窗口文明服务负第一责任。'])).toBe(true);
    expect(charged([title, '我作为分管副局长，对执法监督负有直接领导责任。'])).toBe(true);
  });
  it('just outside: blame owned with no degree (负有不可推卸的责任) is no charge', () => {
    expect(charged([title, '对此我负有不可推卸的责任。'])).toBe(false);
  });
});

describe('session 20: the unit is the last body of its name chain', () => {
  it('a community under a 街道: its 书记 in its own report is its own', () => {
    expect(charged(['南岗街道柳林社区“整洁楼道”评比活动情况', '活动按照街道安排开展，社区党委书记韩梅负总责，网格员具体组织。'])).toBe(true);
  });
  it('a department of the county committee: its own deputy head holding a post of the county office too', () => {
    expect(charged(['中共白沙县委宣传部2026年第三季度“白沙好人”发布情况', '评选由县委宣传部副部长、县文明办主任周立具体负责。'])).toBe(true);
  });
  it('just outside: a bureau 包联ing a community stays the bureau, the community\'s 书记 is the community\'s', () => {
    expect(charged(['白沙县住建局包联柳林社区创建工作情况', '柳林社区党委书记韩梅负总责。'])).toBe(false);
    expect(charged(['南岗街道包联柳林社区创建工作情况', '柳林社区党委书记韩梅负总责。'])).toBe(false);
  });
});

describe('session 20: a kind named bare is the unit when the unit is of that kind', () => {
  it('学校 in a 小学\'s report; 校长 in a 老年大学党支部\'s report', () => {
    expect(charged(['白沙县第三小学2026年入队仪式主持词', '学校党支部书记、校长林芳负总责，大队辅导员具体组织。'])).toBe(true);
    expect(charged(['白沙县老年大学党支部组织生活会对照检查材料', '校长对学校参与创建的工作负总责。'])).toBe(true);
    expect(partiesOf([{ text: '白沙县老年大学党支部组织生活会对照检查材料' }], false).kind).toBe('school');
    expect(partiesOf([{ text: '白沙县老年大学党支部组织生活会对照检查材料' }, { text: '白沙县老年大学党支部' }], false).kind).toBe('school');
  });
  it('just outside: 学校 in a bureau\'s report is a school, not the bureau', () => {
    expect(charged(['白沙县住建局关于创建工作的情况说明', '学校党支部书记、校长林芳负总责。'])).toBe(false);
  });
});

describe('session 20: a party owing a duty under an agreement', () => {
  const contract = '白沙县人社局服务大厅保洁服务合同履约情况说明';
  it('乙方\'s manager, a 受托方\'s head, a partner body\'s worker hold the duty owed, not the unit\'s charge', () => {
    expect(charged([contract, '乙方项目经理孙丽负责人员排班和考勤。'])).toBe(false);
    expect(charged([contract, '乙方现场主管负责排班，应确保卫生间无异味。'])).toBe(false);
    expect(charged(['白沙县商务局与城区商场超市创文责任书', '乙方法定代表人为本门店创文第一责任人。'])).toBe(false);
    expect(charged(['白沙县民政局社工服务项目申报书', '项目负责人：由合作单位白沙县同心社工服务中心派驻社工担任。'])).toBe(false);
  });
  it('just inside: the unit\'s own office in the same report is the unit\'s', () => {
    expect(charged([contract, '局办公室主任刘洋负责合同履约的监督考核。'])).toBe(true);
  });
  it('just inside: an agreement between the unit and a part of its own — 乙方 is the unit\'s 股室 or 所', () => {
    expect(charged(['县交通运输局与运输管理股创文目标责任书', '乙方股长牛立为第一责任人。'])).toBe(true);
    expect(charged(['白沙县市场监督管理局创文目标责任书（城关市场监管所）', '乙方所长韩立为辖区市场创文第一责任人。'])).toBe(true);
    expect(charged(['白沙县司法局城关司法所创文目标责任状', '乙方所长阎梅为片区普法创文第一责任人。'])).toBe(true);
  });
  it('just inside: the unit names itself as that party (我公司作为乙方)', () => {
    expect(charged([contract, '乙方（我公司）项目经理孙丽负责人员排班。'])).toBe(true);
  });
});

describe('session 20: apparatus, the unit itself, noun phrases', () => {
  it('a contact line naming a post and a phone is apparatus; a line of charge with a phone is still charge', () => {
    expect(charged(['白沙县义工联合会上半年志愿服务情况说明', '会长：孙华　联系电话：0319-8812396'])).toBe(false);
    expect(charged(['白沙县义工联合会上半年志愿服务情况说明', '项目负责人：副会长孙华　联系电话：0319-8812396'])).toBe(true);
  });
  it('just inside: 联系 + a place the leader is in charge of', () => {
    expect(charged(['白沙县义工联合会上半年志愿服务情况说明', '副会长孙华联系城南片区。'])).toBe(true);
  });
  it('a hotline inside a sentence of charge is no contact line', () => {
    expect(charged(['白沙县市场监督管理局城关所关于小餐饮规范经营情况的说明', '由所长刘建负总责，在店门口张贴投诉举报电话12315。'])).toBe(true);
  });
  it('我大队负责… is the unit itself, no one in charge; 大队长负责… is', () => {
    expect(charged(['白沙县公安局交警大队测评服务合同履约情况说明', '我大队负责合同履约监管。'])).toBe(false);
    expect(charged(['白沙县公安局交警大队测评服务合同履约情况说明', '大队长王军负责合同履约监管。'])).toBe(true);
  });
  it('所队的督导 is a noun phrase; 所长负责督导 is a charge', () => {
    expect(charged(['白沙县公安局对照检查材料', '对基层所队的督导考核偏重数字。'])).toBe(false);
    expect(charged(['白沙县公安局对照检查材料', '副局长李强负责基层所队的督导考核。'])).toBe(true);
  });
});

describe('session 20: review19\'s leftovers', () => {
  const bureau = '白沙县文化和旅游局关于创建工作的情况说明';
  it('a short-named office the report itself set up is the unit\'s (review20: the bare-office rule of 1e70ca6c was reverted)', () => {
    expect(charged([bureau, '年初，局里专门设立了创文办。创文办牵头抓日常调度，各股室配合。'])).toBe(true);
    expect(charged(['中共白沙县委宣传部关于创建工作的情况说明', '文明办牵头，各成员单位分工负责。'])).toBe(true);
  });
  it('a key left blank or holding a note to the filler names no one; a key with a value does', () => {
    expect(charged([bureau, '牵头科室：（请填写）'])).toBe(false);
    expect(charged([bureau, '责任领导：【填写姓名】'])).toBe(false);
    expect(charged([bureau, '牵头科室：办公室'])).toBe(true);
  });
  it('a medium reporting the unit\'s own deed inside its clause tells that deed; the medium\'s own report alone does not', () => {
    const health = '白沙县卫生健康局关于健康服务的情况说明';
    expect(evidence([health, '县电视台、《白沙日报》对我局开展的“文明餐桌”行动进行了宣传报道。'], '具体措施').length).toBeGreaterThan(0);
    expect(evidence([health, '县电视台对“文明餐桌”行动进行了宣传报道。'], '具体措施')).toEqual([]);
  });
});

describe('session 20: a clock time is no quantity (数据实例)', () => {
  const data = (line: string) => evidence(['白沙县滨河社区“整洁楼道”评比颁奖会主持词', line], '数据实例');
  it('19:20社区… / 19:30村民入场 / a transcript timestamp count nothing', () => {
    expect(data('19:20社区党委书记讲话；19:35颁奖。')).toEqual([]);
    expect(data('19:30村民入场；')).toEqual([]);
    expect(data('[00:06:00]说话人1：好就这些。')).toEqual([]);
  });
  it('just inside: a count beside a clock time is still a count', () => {
    expect(data('8：30—11：30在广场开展义诊，服务群众120人次。')).toEqual(['120人次']);
  });
});

describe('session 20: a document followed through its issuer (部署文件)', () => {
  const title = '城关镇背街小巷整治工作汇报（镇长口述，党政办整理）';
  const docs = (line: string) => evidence([title, line], '部署文件');
  it('按照县里印发的《…》 after a spoken 要说 still cites the plan', () => {
    expect(docs('镇长：要说，就是按照县里印发的《清河县背街小巷环境提升三年行动计划》，我们镇照着出了个落实方案。')).toEqual(['《清河县背街小巷环境提升三年行动计划》']);
    expect(docs('要说，就是依据县创文办《背街小巷整治工作方案》开展的。')).toEqual(['《背街小巷整治工作方案》']);
  });
  it('just outside: a plan to draft one, past the intention, cites nothing', () => {
    expect(docs('下一步要按照县里的部署，研究制定《背街小巷长效管理办法》。')).toEqual([]);
    expect(docs('下一步，我镇将按照县里即将出台的《背街小巷长效管理办法》细化分工。')).toEqual([]);
  });
});
