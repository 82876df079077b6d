/**
 * Session 8: the five element tests in the registers of the next authors — 街道/社区/物业; terse
 * economic bureaus writing key:value lines and Chinese numerals; examiner-style near misses;
 * colloquial township and village clerks (搞了、弄好了、老百姓都说好); hospitals, schools, banks and
 * transport with a 典型案例 — and the classes learnt from the sixth set (ids 1401–1885). Every row
 * is written for this test (not taken from fixtures/elements/): a sentence just inside a class and
 * one just outside it, then whole reports in which a trap is the only candidate for its element.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { documents } from '../../src/text/element-documents.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import type { ElementTest } from '../../src/text/element-shared.js';

type Row = [name: string, inside: string, outside: string];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  主体责任: [
    responsibility,
    [
      ['a group counts with its head in the sentence', '物业公司成立创文专班，项目经理任专班长。', '物业公司成立了创文专班，下设办公室。'],
      ['a property manager in charge / the firm as subject', '物业项目经理对小区环境卫生负总责，保洁主管具体落实。', '物业公司对小区环境卫生负责。'],
      ['a grid head leading / residents running their own building', '由社区网格长牵头，各楼栋长具体落实。', '楼栋长由居民推选产生，自己管自己的楼栋。'],
      ['a key:value line naming who / a principle in quotes', '项目负责人：副局长张伟。', '按照“谁主管、谁负责”的原则落实责任。'],
      ['管 with a qualifier / 管理 as a verb', '镇里定了分管副镇长专门管这摊事。', '镇里加强管理这摊事。'],
      ['a leader keeping watch in person / county leaders', '这事由镇长亲自盯着，天天跑现场。', '县长多次到现场调度，县委常委带队督导。'],
      ['a shop owner in charge / customers organising themselves', '小店由店主王明自己负责，收银员小李专门负责提醒顾客。', '几位老顾客自己组建了监督小组，推选一人当组长。'],
      ['a named role as the one responsible / everyone a responsible person', '支行行长为第一责任人，个金部经理牵头组织。', '我们局上下一条心，人人都是责任人。'],
      ['a supervisor in charge of the records / supervisors attending', '客服主管负责巡查台账。', '组织物业经理、客服主管参加培训。'],
      ['(session 8 boundary) leading a round is no charge', '物业经理专门负责小区巡查。', '物业经理每天早上带队巡查。'],
      ['an office filled by a role, 秘书长 / 高度重视', '协会秘书处设在县文联，文联副主席兼任秘书长。', '协会高度重视，把这项工作摆上重要日程。'],
      ['a person asked to take a task on / residents choosing their own', '村里让老会计刘大爷专门管账。', '社区居民自己选出了楼道长。'],
      ['a person by name on a key:value line / every office', '责任人：王建国。', '责任人：各股室。'],
      ['one person set aside for it / helpers arranged', '村里专门安排了一个人负责看护。', '活动当天安排了志愿者维持秩序。'],
      ['an old village head leading / chosen by residents', '由老支书牵头成立了红白理事会。', '村民自己推选老支书成立了红白理事会。'],
      ['a named lead office / every office in general', '由政工科牵头，各科室配合。', '各科室各负其责，协同推进。'],
      // Review of session 8: no one named on a key:value line, and 老/小 + a common noun (老人, 小区) is no familiar name.
      ['a person by name on a key:value line / no one yet (暂无)', '负责人：尚小云。', '负责人：暂无。'],
      ['a person by name on a key:value line / not settled (未定)', '责任人：李红梅。', '责任人：未定。'],
      ['a person by a familiar name / 老人 minding a child', '家里老李一直管这件事。', '家里老人一直管孩子，顾不上参加活动。'],
    ],
  ],
  部署文件: [
    documents,
    [
      ['a titled notice / a law', '按照街道《关于开展小区环境整治百日攻坚行动的通知》要求开展。', '依据《中华人民共和国食品安全法》执行。'],
      ['a key:value line citing a plan / a technical code', '依据：《清河县2026年优化营商环境工作要点》。', '对照《城镇燃气设施运行维护和抢修安全技术规程》开展检查。'],
      ['a 文号 alone / a contract', '按县商务局清商发〔2026〕9号文件执行。', '依据《物业服务合同》约定的服务标准。'],
      ['a titled plan in village speech / a notice remembered vaguely', '这事是照着镇里发的《石门镇农村环境整治实施方案》办的。', '照着街道发的通知办的，具体文件记不清了。'],
      ['a task breakdown table / a register table', '根据县创文办《2026年创建工作任务分解表》开展工作。', '填写《志愿服务登记表》。'],
    ],
  ],
  具体措施: [
    measures,
    [
      ['colloquial 搞 with a counted event / 搞 with the work itself', '搞了三场文艺演出。', '大家劲往一处使，把工作搞上去。'],
      ['弄好 with a thing before it / stock with 把…当成', '把村口那条臭水沟弄好了。', '把创文当成头等大事来抓。'],
      ['修 with a thing / stock wording', '找了施工队把村道修平了。', '多措并举，持续用力，久久为功。'],
      ['buying equipment / a plan to buy', '村里买了两台垃圾清运车。', '村里计划买两台垃圾清运车。'],
      ['leaflets handed out door to door / stock publicity', '挨家挨户发了明白纸。', '开展了形式多样的宣传活动。'],
      ['visiting firms, counted / supervising firms in general', '走访规上企业三十二家。', '加强对物业企业的监督管理。'],
      ['a clerk doing a task for clients / serving clients in general', '柜员为老年客户代填单据。', '柜员为老年客户提供优质服务。'],
      ['telling the served a story / explaining rules', '由馆员给孩子讲绘本。', '讲解员为游客讲解有关要求。'],
      ['accompanying old people to do their errands / accompanying staff', '门诊志愿者陪行动不便的老人挂号、缴费。', '志愿者陪同相关人员。'],
      ['a meal served to old people / a canteen existing', '食堂每天中午给社区老人供饭。', '社区现有老年食堂2个，就餐老人60人。'],
      ['a show at a place / a show as a noun', '剧团到乡下学校演出折子戏。', '演出质量明显提高。'],
      ['checking one by one / a plan to check', '午饭前老师逐个检查孩子洗手。', '明年拟对孩子洗手逐个检查。'],
      ['a ceremony held weekly / a ceremony as a theme', '学校每周一举行升旗仪式。', '学校注重仪式教育的作用。'],
      ['a class set up for children / a leadership team adjusted', '在村部设立暑期托管班。', '调整充实了领导班子。'],
      ['a notice to stop work served / a notice issued to staff', '对在建违建下达停工通知。', '下达了全年工作任务。'],
      ['a clause of responsibility then a visit / responsibility only', '组织干部包联重点企业，上门宣讲惠企政策。', '组织干部包联重点企业，做到全覆盖。'],
      ['a measure / a clause stating a result', '在县城主干道设置公益广告牌。', '县城公益广告设置更加规范。'],
      ['a measure / others organising themselves', '学校组建家长护学岗，每天早晚在校门口值守。', '部分家长自发组织了护学队，由一名家长当队长。'],
      ['a measure / stock opening the sentence', '合作社今年新建冷库2座。', '合作社现有社员312户，种植水稻8600亩。'],
      ['a stall counted / a hall counted as stock', '在市场出入口新设停车线，安排协管员值守。', '大厅共设综合窗口48个，进驻部门32家。'],
      ['opening a counted facility / opening a meeting', '在村部开了一间农家书屋。', '在村部开了一次会。'],
      ['pulled down, the object before the verb / pulled down, nothing named', '物业把小区里的违章搭建全拆了。', '物业把工作全拆了。'],
      ['an action joined to its result by 后 / a behaviour as the result’s subject', '在小区安装路灯后居民夜间出行更安全了。', '乱贴小广告得到有效遏制。'],
      ['an action joined to its result by 使 / a custom as the subject', '组织志愿者清理河道垃圾使河水变清了。', '村里讲排场、比阔气的少了。'],
      ['a verb of doing / the same verb negated', '在村口搭了一个防雨棚。', '不搞形式主义，不搞花架子。'],
      // Review of session 8: a one-character verb done by others in disorder (乱贴、私自搭、擅自修) is a problem, not a measure.
      ['flyers put up / flyers put up at random by shops', '社区在楼道里贴了“垃圾分类”提示牌。', '商户乱贴了很多小广告。'],
      ['a shelter put up / put up without leave', '在村口搭了一个防雨棚。', '个别居民私自搭了棚子。'],
      ['a wall repaired / repaired without leave', '为敬老院修了围墙。', '有人擅自修了围墙。'],
      ['a thing cleared for an old person / a slogan of help', '帮老人把院子里的杂物清走了。', '帮助群众解决实际困难。'],
      ['telling the served about a thing / stock wording with 讲', '给群众讲解垃圾分类知识。', '讲政治、顾大局。'],
      ['a named mechanism / a name made of office words', '推行“红黑榜”，每月在公告栏公布各楼栋卫生评比结果。', '实行“一把手”负总责的工作机制。'],
    ],
  ],
  数据实例: [
    data,
    [
      ['a Chinese-numeral percentage / a percentage as a target word', '同比增长百分之六。', '同比增长明显。'],
      ['a Chinese decimal with a unit / a time of day', '平均用时零点五个工作日。', '早上八点半开门。'],
      // Review of session 8: 百分之百 (or 100%) before an attitude is a figure of speech, not a quantity.
      ['coverage of 百分之百 / 百分之百的热情', '做到百分之百覆盖。', '全体干部以百分之百的热情投入工作。'],
      ['100% of the households / 100%的干劲', '签约率达到100%。', '以100%的干劲抓落实。'],
      ['亿元 in Chinese numerals / a name with a numeral', '零售总额完成四十二亿元。', '开展“三亿文明户”宣传。'],
      ['points in Chinese numerals / an ordinal', '近视率下降两个百分点。', '第二个工作日办结。'],
      ['a count of tricycles / a tricycle', '清理乱停的三轮车15辆。', '对乱停放的三轮车设置停车线。'],
    ],
  ],
  取得成效: [
    results,
    [
      ['recognition with its grantor between / a target', '展厅被县委宣传部确定为爱国主义教育基地。', '争取被县委宣传部确定为爱国主义教育基地。'],
      ['approval by the served with a degree / leaders’ attention', '家长对学校的心理辅导很认可。', '领导对心理辅导很重视。'],
      ['taken up by others / planned to be taken up', '两所学校把剪纸课排进了课表。', '计划把剪纸课排进课表。'],
      ['the served able at last / the served told', '孩子们能叫出十几种药材的名字。', '组织孩子们认识十几种药材。'],
      ['the served used to it now / asked to get used to it', '来吃饭的顾客也习惯了吃不完带走。', '要引导顾客习惯吃不完带走。'],
      ['people coming of their own accord / people invited', '周围的老邻居都愿意来店里买东西。', '邀请周围的老邻居来店里参加活动。'],
      ['a one-character state with a degree / an action in the same shape', '泔水桶明显轻了。', '村口的臭水沟弄好了。'],
      ['less than last year / a count this year', '剩饭剩菜比去年同期下降约四成。', '今年回收剩饭剩菜四百斤。'],
      ['nothing of it left / a count of it', '今年一个也没有去河里游泳的。', '今年劝回去河里游泳的孩子12人。'],
      ['work finished in time / work started', '改造项目按期完工交付。', '改造项目已开工建设。'],
      ['saved / attended', '一名救护员用心肺复苏救回了一位老人。', '一名救护员参加了心肺复苏培训。'],
      ['thanks written / a complaint written', '有残疾人用户在留言簿上写下“感谢贴心服务”。', '有用户在留言簿上写下“希望增加座椅”。'],
      ['the served saying it is good / the served asking', '老人们说饭菜合口、吃得舒心。', '老人们说希望饭菜再软一些。'],
      ['after the work, the served can / before the work', '改造后，坐轮椅的用户可以直接进厅办事。', '改造前，坐轮椅的用户只能在门外等候。'],
      ['the served saying it is good, colloquially / urged to', '老百姓都说好。', '要让老百姓都说好。'],
      ['a thumbs-up / a request', '群众都竖大拇指。', '群众都提意见。'],
      ['out of danger / sent to hospital', '经抢救，老人转危为安。', '经联系，老人被送往医院。'],
      ['money recovered for a person / money allocated', '为老人挽回损失5万元。', '为老人申请补助5万元。'],
      ['work on things completed and counted / inspections counted', '完成老旧小区改造620户。', '完成入户安全检查620户。'],
      ['a nuisance gone / a nuisance named', '垃圾坑填了以后，夏天不招苍蝇了。', '垃圾坑夏天招苍蝇。'],
      ['most of them able now / how many live there', '全村286户，现在有260多户能分对垃圾。', '全村286户，现在有260多户常住。'],
      ['a time cut to a figure / a plant named', '患者平均候诊时间缩短到15分钟。', '新建垃圾压缩站5座。'],
      ['nothing of that kind happened / a shortcoming', '全年没有出现一起因资金不到位导致停工的情况。', '部分项目资金不到位，进度偏慢。'],
      ['progress claimed / progress with a problem still serious', '工作取得阶段性进展。', '工作取得阶段性进展的同时，问题依然突出。'],
      ['satisfaction reached / satisfaction as an aim of the means', '群众满意度达到95%。', '以实际行动赢得群众满意。'],
      ['a coverage rate reached / a rate of cases closed (work done)', '垃圾分类知晓率达到95%。', '全年受理乘客投诉36件，办结率达到100%。'],
      ['an indicator held within a bound / a bound as a target', '城镇登记失业率控制在百分之三以内。', '力争将城镇登记失业率控制在百分之三以内。'],
      ['recognition / listed for a clean-up', '展厅被县委宣传部确定为爱国主义教育基地。', '该村被县里列为重点整治村。'],
      ['recognition / listed for supervision', '门店被县市场监管局评定为诚信示范店。', '两家门店被确定为挂牌督办对象。'],
      ['trust reached / worry', '老人们都很放心。', '我们都放心不下独居老人。'],
      ['people coming of their own accord / coming to complain', '邻居们都愿意来店里坐坐。', '居民专门来社区投诉停车难。'],
      ['the served praising the price / the served complaining of it', '商户说现在价钱实在。', '商户表示价格实在太高。'],
      ['fewer than last year / more activities than last year', '今年比去年同期下降了两成。', '今年比去年多开展了3场活动。'],
      ['none fell back / none done', '全年一户也没有返贫。', '整改问题一户也没有完成。'],
      ['finished on time / not finished on time', '项目按期完工。', '部分项目未能按期完工。'],
      ['kept / not solved', '老房子得以保留。', '部分问题未得以解决。'],
      ['a case: thanks in person / the help given', '老人握着志愿者的手连声道谢。', '志愿者陪同老人到医院就诊。'],
      ['a case: back at school / sent back', '孩子当天就顺利返校上课了。', '民警立即赶到现场进行处置。'],
      ['a case: a dispute settled / a dispute agreed to be mediated', '经过调解，双方握手言和。', '双方同意调解。'],
      ['a case: settled on the spot / still under way', '纠纷当场化解。', '目前案件正在进一步调查中。'],
      ['a case: money paid / a complaint pending', '老人的养老金当月就到账了。', '老人家属对处理结果不满意，仍在协调中。'],
      ['a rise claimed / a rise conceded before a gap', '满意度有所提升。', '虽然满意度有所提升，但与先进地区相比仍有较大差距。'],
      // Review of session 8: complaints and invitations in the wording of the new classes.
      ['the served saying it is convenient / saying it is not quite (不太)', '居民反映现在停车方便。', '居民反映停车还是不太方便。'],
      ['the served saying they are at ease / not really (不大)', '家长们表示孩子在这儿吃饭放心。', '家长们表示对孩子在外就餐不大放心。'],
      ['the served saying it is good / saying they asked several times (说好几次)', '群众都说好。', '群众说好几次都没人来修。'],
      ['after the work the served can / still cannot (不能)', '改造以来，居民都能按时缴纳物业费。', '改造以来仍有部分居民不能按时缴纳物业费。'],
      ['the served welcoming it / an invitation to take part', '家长们都很欢迎。', '我们非常欢迎社会各界积极参与监督。'],
      ['a habit learnt / a habit of disorder', '居民们习惯了垃圾分类。', '部分居民习惯了乱扔垃圾。'],
      ['people coming to the place / children going to the river (a hazard)', '孩子们都愿意来书屋看书。', '有些学生爱去河里游泳，存在安全隐患。'],
      ['approval of the work / a liking for phones', '孩子们都很喜欢。', '孩子们都很喜欢玩手机。'],
      ['most of them able now / a few still doing it', '现在有260多户能分对垃圾。', '现在有个别商户会占道经营。'],
      ['work completed and counted / the year’s task', '完成老旧小区改造620户。', '今年的任务是完成老旧小区改造620户。'],
    ],
  ],
};

describe('session 8: element classes in the registers of the next authors', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside] of rows) {
      it(`${element} ${name} — inside: ${inside}`, () => expect(test({ text: inside })).not.toBeNull());
      it(`${element} ${name} — outside: ${outside}`, () => expect(test({ text: outside })).toBeNull());
    }
  }
  it('on the boundary: “至少走访一次” is a visit, not a trip saved (少走)', () => {
    expect(results({ text: '每月对独居老人至少走访一次。' })).toBeNull();
    expect(results({ text: '群众办事少走了冤枉路。' })).not.toBeNull();
  });
});

const judge = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false }));
const missing = (lines: string[]) => judge(lines).filter((v) => v.status === 'missing').map((v) => v.element);

describe('session 8: whole reports in the next registers', () => {
  it('a terse bureau report in key:value lines with Chinese numerals has all five', () => {
    expect(
      missing([
        '清河县统计局统计诚信建设情况说明',
        '责任分工：局长负总责；副局长赵明具体抓；法规股牵头。',
        '依据：《清河县2026年统计诚信建设工作方案》（清统发〔2026〕4号）。',
        '措施：开展统计执法检查；举办统计人员培训班二期。',
        '数据：检查企业四十六家，培训统计人员三百二十人次。',
        '成效：企业统计数据差错率由百分之三下降到百分之零点五。',
        '清河县统计局',
      ]),
    ).toEqual([]);
  });
  it('key:value lines with stock under 措施 and a pointer under 数据: both missing, both headings empty', () => {
    const v = judge([
      '清河县商务局消费促进工作情况说明',
      '一、责任：局长负总责，分管副局长具体抓，市场股牵头。',
      '二、依据：《清河县2026年促消费工作要点》（清商发〔2026〕2号）。',
      '三、措施：加强组织领导，强化统筹协调，狠抓工作落实。',
      '四、数据：详见附表。',
      '五、成效：消费市场回暖，居民消费意愿明显增强。',
    ]);
    expect(v.filter((x) => x.status === 'missing').map((x) => x.element)).toEqual(['具体措施', '数据实例']);
  });
  it('a colloquial township report: measures and outcomes in everyday speech are present', () => {
    expect(
      missing([
        '石桥镇背街小巷整治情况说明',
        '今年镇长亲自盯，分管副镇长天天泡在现场，城建办小刘专门负责记账。',
        '按照县里《清河县背街小巷环境整治三年行动方案》的要求办。',
        '搞了三次大扫除，拉走建筑垃圾六十多车；给每条巷子装了路灯。',
        '现在巷子里干净亮堂，晚上也有人出来遛弯了，老百姓都说好。',
      ]),
    ).toEqual([]);
  });
  it('a colloquial report whose "outcome" is a wish and whose "measures" are stock', () => {
    expect(
      missing([
        '河湾乡移风易俗情况说明',
        '乡里定了分管副乡长专门管这摊事。',
        '依据乡党委《河湾乡推进移风易俗工作方案》（河发〔2026〕5号）。',
        '村里高度重视，层层压实责任，大家劲往一处使，把工作往前推。',
        '全年劝导大操大办十二起。',
        '下一步我们要让老百姓都说好，力争明年红白事花费再降一些。',
      ]),
    ).toEqual(['具体措施', '取得成效']);
  });
  it('a hospital report whose outcome is told in its 典型案例', () => {
    const v = judge([
      '县人民医院改善就医感受情况说明',
      '一、组织领导',
      '院长为第一责任人，分管副院长具体抓，医务科牵头。',
      '二、工作依据',
      '《清河县改善就医感受提升患者体验主题活动实施方案》（清卫健发〔2026〕9号）。',
      '三、主要措施',
      '在门诊大厅设置志愿服务台，安排志愿者帮老人挂号取药。',
      '四、数据',
      '全年服务老年患者二万三千人次。',
      '五、典型案例',
      '一名独居老人在门诊晕倒，志愿者立即呼叫医生，经抢救转危为安，家属送来锦旗。',
    ]);
    expect(v.filter((x) => x.status === 'missing')).toEqual([]);
    expect(v.find((x) => x.element === '数据实例')?.emptyHeadings).toBeUndefined();
  });
  it('a group set up without its head counts only where the report names its head elsewhere', () => {
    const head = ['一、组织保障', '镇里成立了人居环境整治指挥部，下设办公室。', '二、主要做法', '在各村设置分类垃圾桶。'];
    const alone = judge(head);
    expect(alone.find((x) => x.element === '主体责任')?.status).toBe('missing');
    const named = judge([...head, '三、分工', '指挥部指挥长由镇长担任，对全镇整治负总责。']);
    const r = named.find((x) => x.element === '主体责任');
    expect(r?.status).toBe('present');
    expect(r?.emptyHeadings).toBeUndefined();
  });
  it('a 保障措施 heading is about support, not the measures: no empty 具体措施 section', () => {
    const v = judge(['一、主要措施', '在各小区安装分类垃圾桶。', '二、保障措施', '领导小组由校长任组长，每月召开一次推进会。']);
    expect(v.find((x) => x.element === '具体措施')?.emptyHeadings).toBeUndefined();
    const w = judge(['一、主要措施', '加强组织领导，狠抓工作落实。', '二、保障措施', '在各小区安装分类垃圾桶。']);
    expect(w.find((x) => x.element === '具体措施')?.emptyHeadings).toEqual([{ heading: '一、主要措施' }]);
  });
});
