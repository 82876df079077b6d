/**
 * Session 38 (the thirty-third set, moved to train): what set 33 showed the rules missing or taking wrongly.
 * 部署文件: a 预案 is a plan. Outcomes: no one hurt, a task completed, income, a listing, a family reconciled, a pupil back at
 * school, praise from another body, rights secured, all placed, a problem solved, the served saying it (element-result-wellbeing.ts).
 * The unit's measure: 军训, 送岗上门, goods replenished, visits received, a service point, a person accompanied, 对…进行核查.
 * Not the unit's measure: a family's own deed in a row's cell, a keeper's own workshop, a call logged and passed on, what a
 * place holds now, another body checking the unit after a time, 汽修 no repair. 主体责任: the unit itself named before its
 * head leading the team (乡劳动保障事务所所长周红梅带队).
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { ALL_PLACED, INCOME, LISTED, PRAISED_BY, SCHOOLED, SOLVED, TASK_DONE, UNHARMED } from '../../src/text/element-result-wellbeing.js';

const ANY = '清河县某单位关于有关工作的情况说明';

describe('session 38: a 预案 is a deployment document', () => {
  it('cites 《…应急预案》 as a plan, handed out or not', () => {
    expect(found([ANY, '根据《石桥乡2026年防汛抗旱应急预案》，村主任负责后山隐患点巡查。'], '部署文件')).not.toEqual([]);
    expect(found([ANY, '按照《清河县2026年山洪灾害防御预案》开展巡查。'], '部署文件')).not.toEqual([]);
    expect(found([ANY, '向各村发放《清河县防汛应急预案》200份。'], '部署文件')).not.toEqual([]);
    // A quoted title (no 《》) ending in 预案 reads as one too.
    expect(found([ANY, '按照"清河县2026年防汛应急预案"开展巡查。'], '部署文件')).not.toEqual([]);
  });
  it('still refuses a book, a law or a 预案 merely mentioned without 《》', () => {
    expect(found([ANY, '依据《防洪法》开展巡查。'], '部署文件')).toEqual([]);
    expect(found([ANY, '村里修订了防汛预案，组织演练一次。'], '部署文件')).toEqual([]);
    expect(found([ANY, '对照《生产经营单位生产安全事故应急预案编制导则》开展检查。'], '部署文件')).toEqual([]);
  });
});

describe('session 38: outcomes', () => {
  const outcomes: [string, string][] = [
    ['no one hurt (无一人受伤)', '组织后山脚下12户38人转移到村小学，无一人受伤。'],
    ['no one hurt (无人受伤)', '第二天水位回落后返回，无人受伤。'],
    ['no casualty (无一伤亡)', '沟道沿线群众提前转移，无一伤亡。'],
    ['no reservoir in danger (无一出险)', '今年主汛期全县9座小型水库无一出险。'],
    ['safe and sound (安然无恙)', '坡下住户安然无恙。'],
    ['through the flood season safely (安全度汛)', '全县小型水库安全度汛。'],
    ['lives not affected (生产生活未受影响)', '下游群众生产生活未受影响。'],
    ['travel not affected for long (出行未受长时间影响)', '沿线群众出行未受长时间影响。'],
    ['no new collapse (未出现新的坍塌)', '古城墙遗址覆盖段未出现新的坍塌。'],
    ['a task completed beyond (征兵任务超额完成)', '全镇报名青年58人，镇征兵任务超额完成。'],
    ['a task completed (圆满完成全年征兵任务)', '今年圆满完成全年征兵任务。'],
    ['income gained, counted (人均月增收1200元)', '学员在家接单编织，人均月增收1200元左右。'],
    ['income gained (有了稳定的收入)', '杨秀英到镇敬老院从事护理工作，家里有了稳定的收入来源。'],
    ['listed at a higher level (列入第八批省级文物保护单位)', '经省人民政府公布，张家大院列入第八批省级文物保护单位。'],
    ['a family reconciled (6户家庭和好)', '经过接访调解，8件纠纷中6户家庭和好。'],
    ['a life settled (生活安定)', '黄某已搬离原住处，现在生活安定。'],
    ['a mood settled (心情已经平复)', '经入户疏导，该群众心情已经平复。'],
    ['back at school (已回校正常上课)', '结对女童中原先3名长期请假的已回校正常上课。'],
    ['back in class (回到班里)', '刘子涵5月回到班里正常上课。'],
    ['back to school (重返校园)', '受助学生中有9名曾经辍学的学生重返校园。'],
    ['admitted (考上县第一中学)', '2名初三女童考上县第一中学。'],
    ['admitted (被本科院校录取)', '12名高三学生今年高考被本科院校录取。'],
    ['praised by another body (被县慈善总会…予以表扬)', '6月，我局被县慈善总会在全县慈善工作通报中予以表扬。'],
    ['safety secured (人身安全得到保障)', '受害妇女的人身安全得到保障。'],
    ['all placed (援助对象全部上岗)', '5名援助对象全部上岗。'],
    ['a count cleared (已实现动态清零)', '目前辖区零就业家庭已实现动态清零。'],
    ['a problem solved, bare (漏雨问题解决)', '张家大院屋面漏雨问题解决。'],
    ['the served saying it in a quotation (传承人普遍反映“…”)', '传承人普遍反映“学到了新办法，传艺有了新路子”。'],
    ['child support received (领到孩子抚养费)', '经援助，宋某每月按时领到孩子抚养费。'],
  ];
  for (const [rule, line] of outcomes) {
    it(`an outcome: ${rule}`, () => {
      expect(found([ANY, line], '取得成效')).not.toEqual([]);
    });
  }
  const none: [string, string][] = [
    ['a task to be completed (确保…任务圆满完成)', '下一步确保征兵任务圆满完成。'],
    ['a task not yet completed (尚未到完成节点)', '各项任务尚未到完成节点。'],
    ['a task\'s report named (任务完成情况)', '现将专项任务完成情况报告如下。'],
    ['income in a campaign\'s name (“就业增收”行动)', '县妇联开展“巾帼建功·就业增收”行动。'],
    ['a good-people contest (文明家庭和好人评选)', '社区开展文明家庭和好人评选。'],
    ['a mood as a maxim (父母情绪稳定是…)', '父母情绪稳定是给孩子最好的礼物。'],
    ['pupils sent back (劝导学生回校)', '劝导学生回校，通知学校。'],
    ['a notice of admission (投递录取通知书)', '投递录取通知书3260件。'],
    ['the unit praising others (予以通报表扬)', '决定对城区执法一中队等2个集体予以通报表扬。'],
    ['praised as a description (受到通报表扬的集体)', '希望受到通报表扬的集体和个人珍惜荣誉。'],
    ['a count to clear (力争…动态清零)', '力争年底前占道经营问题动态清零。'],
    ['a problem to solve (问题需协调解决)', '盲道与市政道路衔接问题需协调解决。'],
    ['a quoted request (居民普遍反映“希望…”)', '居民普遍反映“希望多安排几场”。'],
    ['one man\'s resolve quoted (赵建国都说“先把林子护好再说”)', '儿子几次提出翻盖新房，赵建国都说“先把林子护好再说”。'],
    ['a protection to come (将得到保障的)', '让困难群众的基本生活得到保障的措施还在研究。'],
  ];
  for (const [rule, line] of none) {
    it(`no outcome: ${rule}`, () => {
      expect(found([ANY, line], '取得成效')).toEqual([]);
    });
  }
});

describe('session 38: the outcome patterns at their edges', () => {
  it('lists only a higher level', () => {
    expect(LISTED.test('列入第八批省级文物保护单位')).toBe(true);
    expect(LISTED.test('列入市级非遗代表性项目名录')).toBe(true);
    expect(LISTED.test('列入县级文物名录')).toBe(false);
    expect(LISTED.test('列入省级规划')).toBe(false);
    expect(LISTED.test('列入市级示范村名单')).toBe(true);
    expect(LISTED.test('被列入全县第二批整治名单')).toBe(false);
  });
  it('reads a task done, not its report or a rate', () => {
    expect(TASK_DONE.test('征兵任务已完成')).toBe(true);
    expect(TASK_DONE.test('任务完成情况')).toBe(false);
    expect(TASK_DONE.test('任务完成率')).toBe(false);
  });
  it('reads no one hurt, not a future effect', () => {
    expect(UNHARMED.test('群众出行未受影响')).toBe(true);
    expect(UNHARMED.test('将不会受影响')).toBe(false);
    expect(UNHARMED.test('可能未受影响')).toBe(false);
  });
  it('reads a school reached, not any school named', () => {
    expect(SCHOOLED.test('考上县第一中学')).toBe(true);
    expect(SCHOOLED.test('考上了心仪的大学')).toBe(true);
    expect(SCHOOLED.test('考上大学')).toBe(true);
    expect(SCHOOLED.test('考上')).toBe(false);
  });
  it('reads income gained per head or counted, not the word alone', () => {
    expect(INCOME.test('人均年增收近万元')).toBe(true);
    expect(INCOME.test('村集体增收5万元')).toBe(true);
    expect(INCOME.test('助农增收')).toBe(false);
  });
  it('reads praise given to the unit, not a description of the praised', () => {
    expect(PRAISED_BY.test('我局受到县委通报表扬')).toBe(true);
    expect(PRAISED_BY.test('受到通报表扬的集体')).toBe(false);
    expect(PRAISED_BY.test('予以通报表扬')).toBe(false);
  });
  it('reads a count cleared only as done, a problem solved only at its clause\'s end', () => {
    expect(ALL_PLACED.test('零就业家庭已动态清零')).toBe(true);
    expect(ALL_PLACED.test('问题动态清零')).toBe(false);
    expect(SOLVED.test('问题均已解决')).toBe(true);
    expect(SOLVED.test('问题解决机制')).toBe(false);
    expect(SOLVED.test('待问题解决了再验收')).toBe(false);
  });
});

describe('session 38: the unit\'s measures', () => {
  const measures: [string, string[]][] = [
    ['military training organised (组织新生军训)', [ANY, '学校组织高一新生军训。']],
    ['jobs brought to the door (开展送岗上门)', [ANY, '于1月中旬开展送岗上门。']],
    ['goods replenished, counted (补充冲锋舟6艘)', [ANY, '补充冲锋舟6艘、救生衣1200件。']],
    ['goods shipped, counted (调运帐篷60顶)', [ANY, '向白马、东岗两镇调运帐篷60顶。']],
    ['visits received, counted (接访家暴求助5件)', [ANY, '上半年接访家暴求助5件。']],
    ['a person accompanied (陪同报警)', [ANY, '社区干部均陪同报警。']],
    ['a person accompanied in a dated row (3月30日｜…｜陪同报警)', [ANY, '3月30日｜居民苏某｜丈夫殴打｜陪同报警']],
    ['groups received, counted (本月接待团队11批次)', [ANY, '本月接待团队11批次、散客620人次。']],
    ['a warning served (协助送达告诫书)', [ANY, '民警协助送达告诫书。']],
    ['a service point set up (在…东门设点)', [ANY, '5月起在古镇菜市场东门设点。']],
    ['storehouses checked, a long object (对…和9个乡镇仓库进行核查)', [ANY, '5月对县级防汛物资仓库和9个乡镇仓库进行核查。']],
  ];
  for (const [rule, lines] of measures) {
    it(`a measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).not.toEqual([]);
    });
  }
  const none: [string, string[]][] = [
    ['a family\'s own deed in a row (家庭主动送子参军)', [ANY, '6月｜家庭主动送子参军｜军属家庭｜4户']],
    ['villagers\' own repair in a row (村民自发修补)', [ANY, '5月｜村民自发修补庙门｜关帝庙｜30户']],
    ['a keeper\'s own workshop (传承人赵德海自办柳编作坊)', [ANY, '柳编传承人赵德海自办柳编作坊，带徒6名。']],
    ['a call logged and passed on (均已登记并按程序转街道综治中心)', [ANY, '上半年社区登记家庭矛盾求助来电9件，均已登记并按程序转街道综治中心。']],
    ['汽修 no repair (汽修专业学生｜来信求助)', [ANY, '5月6日｜汽修专业学生｜来信求助｜待安排']],
    ['what a place holds now (目前站内有…，设心理咨询室1间)', [ANY, '目前站内有持证社工5名，设心理咨询室1间。']],
    ['another body checking the unit after a time (…二季度、四季度对我乡村道养护进行了抽查)', ['青石乡关于农村公路养护的说明', '县农村公路管理所二季度、四季度对我乡村道养护进行了抽查。']],
    ['supplies named, none counted (补充完善制度)', [ANY, '补充完善相关制度。']],
    ['a point set, no place (设点)', [ANY, '设点。']],
    ['a roster\'s planned help, undated (杨秀英｜马秀兰｜看望、陪同就医)', [ANY, '结对名册摘录：', '帮扶人｜结对老人｜认领内容', '杨秀英｜马秀兰｜看望、陪同就医']],
    ['a window\'s routine receiving (窗口接待查档群众1130人次)', [ANY, '上半年窗口接待查档群众1130人次。']],
    ['a daily average received (日均接待群众约400人次)', [ANY, '今年人社窗口日均接待群众约400人次。']],
    ['consultations received (接待群众咨询2140人次)', [ANY, '接待群众咨询2140人次。']],
    ['a town\'s office checking in the village (镇国土所今年到村对闲置宅基地进行了核查)', ['东坡村闲置宅基地整治情况说明', '镇国土所今年到村对闲置宅基地进行了核查。']],
  ];
  for (const [rule, lines] of none) {
    it(`no measure: ${rule}`, () => {
      expect(found(lines, '具体措施')).toEqual([]);
    });
  }
  it('a cell where the unit moves families stays its measure (社区动员家庭主动送子参军)', () => {
    expect(found([ANY, '6月｜社区动员家庭主动送子参军｜军属家庭｜4户'], '具体措施')).not.toEqual([]);
  });
  it('a place that now has what is new is no stock told (目前有了…，配备…1间)', () => {
    expect(found([ANY, '目前站里有了专职社工5名，配备心理咨询室1间。'], '具体措施')).not.toEqual([]);
  });
  it('a point set with no place named is none (按要求设点)', () => {
    expect(found([ANY, '按要求设点。'], '具体措施')).toEqual([]);
  });
  it('a row where the unit acts stays a measure (社区干部上门宣传｜军属家庭)', () => {
    expect(found([ANY, '6月｜社区干部上门宣传征兵政策｜军属家庭｜4户'], '具体措施')).not.toEqual([]);
  });
});

describe('session 38: the unit named before its head leading the team', () => {
  const ARMED = '城关镇人民武装部征兵宣讲进村活动记录';
  const LABOUR = '河口乡劳动保障事务所送岗上门工作说明';
  it('is the unit\'s own named person in charge', () => {
    expect(responsibility({ text: '依据方案，镇武装部长刘涛带队，组织退役军人宣讲员到村宣讲征兵政策。', title: ARMED, heading: false })).toBe('镇武装部长刘涛带队');
    expect(responsibility({ text: '乡劳动保障事务所所长周红梅带队，于1月中旬开展送岗上门。', title: LABOUR, heading: false })).toBe('乡劳动保障事务所所长周红梅带队');
    expect(responsibility({ text: '按照大队统一安排，铁骑中队由中队长孙浩带队，开展劝导。', title: '铁骑中队骑手交通违法劝导情况说明', heading: false })).toBe('铁骑中队由中队长孙浩带队');
  });
  it('is another\'s when the body is not the unit, or no name is given', () => {
    expect(responsibility({ text: '县交警大队大队长何勇带队，到校门口检查。', title: '清河县教育局关于校园周边整治的说明', heading: false })).toBeNull();
    expect(responsibility({ text: '镇市场监管所所长李明带队检查食堂。', title: '清河县教育局关于校园周边整治的说明', heading: false })).toBeNull();
    expect(responsibility({ text: '乡劳动保障事务所所长带队，开展送岗上门。', title: LABOUR, heading: false })).toBeNull();
  });
});
