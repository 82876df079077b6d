/**
 * Session 39 (the thirty-fourth set, moved to train): what set 34 showed the rules missing or taking wrongly.
 * 主体责任: not a firm's or an association's own head, not the unit being checked (接受…督导), not 联系家属; the unit's 分局 named
 * before its head leading the team. Outcomes of relief and casework (element-result-relief.ts); a visit again telling only
 * further deeds is no fix confirmed. The unit's measure: a deed on the spot, a named dispute mediated, a topic explained, a
 * sentence's other clauses after a forwarding. Not the unit's: a firm's own check or running, a body's own deed, another body
 * arriving at a scene, what the county has set up, a 补贴 read as 贴. 数据实例: an ear tag's number is no quantity.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { othersOwnHead, responsibility } from '../../src/text/element-responsibility.js';
import { CARED_FOR, KEPT_FROM_POVERTY, LOSS_AVOIDED, MOVED_IN, REIMBURSED, RESTORED, REUNITED } from '../../src/text/element-result-relief.js';
import { recheckFinding } from '../../src/text/element-recheck.js';
import { othersDeedClause } from '../../src/text/element-others-deeds.js';
import { broadMeasure } from '../../src/text/element-measure-classes.js';
import { measures } from '../../src/text/element-measures.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const charge = (text: string, title = ANY) => responsibility({ text, title, firm: false, index: 0 } as never);

describe('session 39: 主体责任, whose head it is', () => {
  it('refuses a firm\'s, a cooperative\'s or an association\'s own head', () => {
    const station = '河东镇畜牧兽医站2026年春季动物防疫工作总结';
    expect(charge('兴旺养殖专业合作社由理事长负责，坚持社内每周自检、圈舍自行消毒。', station)).toBeNull();
    expect(charge('马庄商会自行召集会员企业，商会会长主持开场，分局税务干部讲解政策。', station)).toBeNull();
    expect(charge('各加油站站长为本站防雷安全第一责任人。', '县气象局防雷安全检查情况说明')).toBeNull();
  });
  it('keeps the unit\'s own head, and a cooperative\'s head in the cooperative\'s own report', () => {
    expect(charge('站长王立群对春防工作负总责。', '河东镇畜牧兽医站2026年春季动物防疫工作总结')).not.toBeNull();
    expect(charge('合作社由理事长负责，坚持社内每周自检。', '兴旺养殖专业合作社关于春季防疫的说明')).not.toBeNull();
    expect(charge('兴旺养殖专业合作社由理事长负责，坚持社内每周自检。', '兴旺养殖专业合作社关于春季防疫的说明')).not.toBeNull();
    expect(charge('我站由站长王立群负责，与合作社对接。', '河东镇畜牧兽医站2026年春季动物防疫工作总结')).not.toBeNull();
  });
  it('reads the kind of body only before the head, and not after the unit\'s own word', () => {
    expect(othersOwnHead('兴旺养殖专业合作社由', ANY)).toBe(true);
    expect(othersOwnHead('我站联系合作社，由', ANY)).toBe(false);
    expect(othersOwnHead('站里由', ANY)).toBe(false);
    // Bare, the kind is the writer's own body by its short name, unless the sentence named such a body before.
    expect(othersOwnHead('公司', ANY)).toBe(false);
    expect(othersOwnHead('商会', ANY, '马庄商会自行召集会员企业，')).toBe(true);
    expect(charge('公司总经理为门店垃圾分类工作第一责任人，营运部经理夏雨具体抓。', '华联超市关于垃圾分类工作的说明')).not.toBeNull();
    expect(charge('协会秘书长刘芳牵头组织。', '县消协关于消费教育进校园的说明')).not.toBeNull();
  });
  it('refuses the unit checked or supervised by another', () => {
    expect(charge('5月接受县机关事务服务中心督导检查1次。', '县统计局垃圾分类进机关情况说明')).toBeNull();
    expect(charge('局机关按月抄录水电数据，并接受县机关事务服务中心的季度督导。', '县农业农村局节能情况说明')).toBeNull();
    expect(charge('迎接市考核组督导检查。')).toBeNull();
    // The unit's own office supervising stays a lead office.
    expect(charge('局办公室负责督导各股室节能工作。', '县农业农村局节能情况说明')).not.toBeNull();
  });
  it('refuses 联系 with a family, keeps 联系 over a place', () => {
    expect(charge('12月28日｜汽车站｜走失少年｜入站后联系家属，由家属接回')).toBeNull();
    expect(charge('副站长陈静联系城关社区。')).not.toBeNull();
  });
  it('reads the unit\'s 分局 named before its head leading the team, not the county\'s 县局', () => {
    const branch = '县税务局河口税务分局关于上门代办缴费的情况说明';
    expect(charge('根据《清河县2026年城乡居民基本养老保险费征缴工作方案》，分局副局长何芳带队，组织干部进村为老人上门代办缴费。', branch)).not.toBeNull();
    expect(charge('县局局长王伟带队检查。', branch)).toBeNull();
    expect(charge('马庄分局副局长何芳带队检查。', branch)).toBeNull();
  });
});

describe('session 39: outcomes of relief and casework', () => {
  const outcomes: [string, RegExp, string][] = [
    ['home with family', REUNITED, '我站派员护送返乡，与家人团聚。'],
    ['taken home', REUNITED, '经公安比对，已由其父亲从外省接回家中。'],
    ['taken back by the family', REUNITED, '这对母子已由户籍地妇联和家人接回。'],
    ['family found', REUNITED, '经DNA比对寻亲成功。'],
    ['back home', REUNITED, '走失老人当晚回到家中。'],
    ['all treated in time', CARED_FOR, '14名患者全部得到及时救治。'],
    ['no death', CARED_FOR, '无一例因延误救治死亡。'],
    ['no one frozen', CARED_FOR, '辖区今冬没有流浪人员冻伤冻亡。'],
    ['back by the family', REUNITED, '乞讨老人经救助站寻亲，春节前回到家人身边。'],
    ['all moved in', MOVED_IN, '新分配的42户已全部入住。'],
    ['into a new home', MOVED_IN, '困难家庭搬进了新家。'],
    ['settled on discharge', REIMBURSED, '出院当天就结算报销。'],
    ['no family in debt', KEPT_FROM_POVERTY, '没有因看病拉下饥荒。'],
    ['none fallen back into poverty', KEPT_FROM_POVERTY, '全村未出现因病返贫。'],
    ['a credit grade restored', RESTORED, '3户企业的纳税信用等级由D级修复为B级。'],
    ['business back to normal', RESTORED, '恢复正常领用发票。'],
    ['losses below former years', LOSS_AVOIDED, '损失明显小于往年。'],
    ['losses avoided, counted', LOSS_AVOIDED, '据测算减少损失约350万元。'],
  ];
  for (const [what, re, line] of outcomes) {
    it(`reads ${what} (${line})`, () => {
      expect(re.test(line)).toBe(true);
      expect(found([ANY, line], '取得成效')).not.toEqual([]);
    });
  }
  const none: [string, string][] = [
    ['an escort home alone (the measure)', '我站护送3人返乡。'],
    ['a family asked to come', '通知家属接回。'],
    ['reunion as an aim', '力争让流浪人员与家人团聚。'],
    ['moving in as a form', '办理入住手续。'],
    ['treatment as the deed', '对患者开展救治。'],
    ['the loss counted alone', '冰雹造成损失约350万元。'],
  ];
  for (const [what, line] of none) {
    it(`refuses ${what} (${line})`, () => {
      expect(found([ANY, line], '取得成效')).toEqual([]);
    });
  }
  it('a visit again telling only further deeds is no fix confirmed; a state after it is', () => {
    expect(recheckFinding('12月18日｜人民桥桥洞｜同上男性｜回访，送热饭，再次劝导')).toBeNull();
    expect(recheckFinding('5月8日｜门店｜复查：已整改')).not.toBeNull();
    expect(recheckFinding('回访：送热饭，老人已入站')).not.toBeNull();
  });
});

describe('session 39: the unit\'s measures', () => {
  const title = '城关镇人民政府信访接待日工作情况说明';
  const measures: [string, string][] = [
    ['mediated on the spot, in a row', '4月9日｜解放路12号居民3人｜楼上漏水邻里纠纷｜镇司法所现场调解，双方达成协议'],
    ['surveyed at the door', '4月23日｜南关村村民｜宅基地界址争议｜镇国土所上门勘测，调解成功'],
    ['checked on the spot with another body', '5月14日｜建设街商户5人｜门前绿化带被占｜会同县城管局现场核查，已恢复绿化'],
    ['things cleared', '镇里组织清除占用物，恢复排涝。'],
    ['reception days held, counted', '本季度共开展接待日13次，接待来访31批47人。'],
    ['training after a forwarding', '本期镇应急办共转发县气象台预警信息23条，组织信息员培训1次，参训22人。'],
    ['a topic explained', '局干部向住户讲解防火知识。'],
    ['a dispute mediated', '镇司法所调解邻里纠纷。'],
    ['urine samples taken', '品管部采集尿样，用胶体金试纸检测。'],
    ['samples sent for testing', '4月下旬对免疫后的畜禽抽取血清样品320份送县动物疫病预防控制中心检测抗体。'],
    ['sampled and sent', '对辖区农资门店采样送检。'],
    ['a dated row naming a ceremony', '2026年3月23日｜“3·23”世界气象日主题升旗仪式｜师生｜科学老师讲解天气与生活'],
    ['a dated row naming a lesson', '5月12日｜雷电避险课｜低年级学生｜播放科普动画'],
  ];
  for (const [what, line] of measures) {
    it(`reads ${what}`, () => {
      expect(found([title, line], '具体措施')).not.toEqual([]);
    });
  }
  const none: [string, string][] = [
    ['a spot check to come', '下一步将现场核查。'],
    ['a spot check demanded of others', '要求各村现场核查。'],
    ['a forwarding alone', '镇应急办共转发县气象台预警信息23条。'],
    ['knowledge with no topic', '局干部讲解知识。'],
    ['a spot visit by another, provided for', '本资料收录城区公园的照片，供县创文办实地查看时对照。'],
    ['disputes only logged', '本季度来访登记纠纷5件。'],
    ['a mediation committee receiving disputes', '今年上半年镇人民调解委员会受理的此类纠纷为13件。'],
    ['samples to be taken', '下一步将采集水样送检。'],
    ['a dated row of a lesson to come', '5月12日｜防溺水安全课｜学生｜待定'],
    ['a dated row of a research topic', '5月12日｜课题研究｜教师｜完成'],
    ['a lesson row with no day', '防溺水安全课｜学生｜已上'],
    ['a guide to the new curriculum handed down', '5月12日｜新课程标准解读｜教师｜已下发'],
    ['what the county has set up, counted', '目前全县设公共充电桩120个。'],
    ['what the county has set up, after a source', '据统计，全县设农村办税点3个。'],
    ['a habit still going on', '不少老年人还在买“包治百病”的保健品，还在转发谣言。'],
  ];
  for (const [what, line] of none) {
    it(`refuses ${what}`, () => {
      expect(found([title, line], '具体措施')).toEqual([]);
    });
  }
});

describe('session 39: the measure tests at their edges', () => {
  it('refuses a spot visit or a sampling told not done', () => {
    expect(broadMeasure('未现场核查', '未现场核查。')).toBeNull();
    expect(broadMeasure('未采样送检', '未采样送检。')).toBeNull();
    expect(broadMeasure('现场核查', '现场核查。')).not.toBeNull();
    expect(broadMeasure('采样送检', '采样送检。')).not.toBeNull();
  });
  it('reads a lesson cell, not a topic\'s or a curriculum\'s', () => {
    const m = (t: string) => measures({ text: t, title: ANY, role: undefined, heading: false, firm: false, index: 1 } as never);
    expect(m('5月12日｜雷电避险课｜低年级学生｜播放科普动画')).not.toBeNull();
    expect(m('5月12日｜新课程标准｜教师｜学习')).toBeNull();
    expect(m('5月12日｜新课件｜教师｜学习')).toBeNull();
  });
  it('reads 办税 as a noun, 办 with a thing as a deed', () => {
    expect(found([ANY, '农村办税点3个。'], '具体措施')).toEqual([]);
  });
  it('tells a firm\'s own running and check from the unit acting on them', () => {
    const station = '河东镇畜牧兽医站2026年春季动物防疫工作总结';
    expect(othersDeedClause('处理中心由绿康生物环保有限公司投资建设', station)).toBe('own');
    expect(othersDeedClause('对公司投资建设的收集点开展检查3次', station)).toBeNull();
    expect(othersDeedClause('对企业自检记录开展抽查12家', station)).toBeNull();
    expect(othersDeedClause('各规模猪场自行设置消毒通道', station)).toBe('own');
  });
});

describe('session 39: deeds that are not the unit\'s', () => {
  const station = '河东镇畜牧兽医站2026年春季动物防疫工作总结';
  const theirs: [string, string][] = [
    ['farms disinfecting of their own accord', '各规模养殖场坚持每日自行消毒，并按时向我站报送记录。'],
    ['a cooperative\'s own check', '富民、康达两个养殖专业合作社坚持社内自检。'],
    ['firms\' own check, named after a list', '其中县内绿丰蔬菜专业合作社、康源生猪养殖有限公司等规模主体坚持开展企业自检，自检记录齐全。'],
    ['a firm\'s own investment and running', '处理中心由绿康生物环保有限公司投资建设、自主运营，公司自备收集车4辆。'],
    ['another body of its own accord', '同楼办公的县不动产登记中心今年自行更换了所在楼层的节能灯具。'],
    ['stock the county has set up', '目前，全县设办税服务厅2个、农村办税点3个，共有窗口18个。'],
    ['housing built over the years', '全县已建成公租房2160套，分布在城关镇、滨河街道6个小区。'],
    ['a 补贴 read as 贴', '4月2日｜QH12345-260402-0091｜耕地地力保护补贴发放时间｜已签收'],
  ];
  for (const [what, line] of theirs) {
    it(`refuses ${what}`, () => {
      expect(found([station, line], '具体措施')).toEqual([]);
    });
  }
  it('refuses another body arriving at a scene the unit reported, keeps the unit\'s own arrival', () => {
    const community = '北关社区关于寒冬流浪人员救助工作的说明';
    expect(othersDeedClause('救助站到场处置', community)).toBe('visitor');
    expect(found([community, '1月12日｜北关公厕旁｜居民反映有人乞讨｜已上报，救助站到场处置'], '具体措施')).toEqual([]);
    expect(found([community, '社区工作人员到场处置，送棉被1床。'], '具体措施')).not.toEqual([]);
    expect(othersDeedClause('救助站到场处置', '县救助管理站关于寒冬街面巡查的说明')).toBeNull();
  });
  it('keeps the unit having firms check, checking their records, and its own body acting of itself', () => {
    expect(found([station, '我站督促养殖场开展自检，抽检样品120份。'], '具体措施')).not.toEqual([]);
    expect(found([station, '我站对企业自检记录开展抽查12家。'], '具体措施')).not.toEqual([]);
    expect(found([station, '我站对公司投资建设的收集点开展检查3次。'], '具体措施')).not.toEqual([]);
    expect(othersDeedClause('县农业农村局今年自行更换了办公楼的节能灯具120套', '县农业农村局节能工作情况说明')).toBeNull();
    expect(othersDeedClause('县农业农村局今年自行更换了办公楼的节能灯具120套', '县统计局节能工作情况说明')).toBe('own');
    expect(found([station, '张贴标语20条。'], '具体措施')).not.toEqual([]);
  });
});

describe('session 39: numbers that are no quantity', () => {
  it('refuses an ear tag\'s number, keeps ear tags counted', () => {
    expect(found([ANY, '4月22日｜桃园村养殖户沈富贵｜生猪口蹄疫补免｜已补免，耳标号3714260018起'], '数据实例')).toEqual([]);
    expect(found([ANY, '免疫后打耳标3200个。'], '数据实例')).not.toEqual([]);
    expect(found([ANY, '发生火灾3起。'], '数据实例')).not.toEqual([]);
  });
});
