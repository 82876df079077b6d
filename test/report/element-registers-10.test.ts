/**
 * Session 10: the classes learnt from the eighth set (ids 2401–2885: speech-style 汇报, 清单式 lists,
 * examiner near misses, 文明办/宣传部/团县委 campaign indicators, grassroots units writing poorly) and a
 * wider sweep of how clerks of many kinds of units state outcomes, quantities and who is in charge
 * (敬老院, 教学点, 邮政所, village committees, 派出所, new media, county bureaus). Every row and report is
 * written for this test, not taken from fixtures/elements/: per class, sentences just inside and just
 * outside it, then whole reports with labels decided by hand.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import type { ElementTest } from '../../src/text/element-shared.js';

/** A class, the sentences inside it, the sentences outside it. */
type Row = [name: string, inside: string[], outside: string[]];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  取得成效: [
    results,
    [
      ['a quality of conduct or place reached, said plainly (工整多了、懂事了、和睦了、浓了)',
        ['孩子们的作业本比以前工整多了。', '娃娃们写的字工整多了。', '这学期娃娃们懂事多了。', '婆媳之间和睦了。', '村里互相帮忙的风气浓了。', '整治后的背街小巷干净整洁多了。', '这家饭店的后厨现在亮堂多了。'],
        ['要让街巷干净整洁起来，还得下功夫。', '争取让邻里关系和睦起来。']],
      ['better and better (越来越好)',
        ['如今村里的风气越来越好。', '集市一年比一年热闹，人越来越旺。'],
        ['我们的目标是让街道越来越干净。', '努力让日子越来越好。']],
      ['the served live better, V得/的 + a state (吃得好、睡得香)',
        ['院里老人们吃的好睡的香。', '搬进新房后，乡亲们住得暖和、过得舒坦。'],
        ['要让老人们吃得好、睡得香。', '确保困难群众住得暖。']],
      ['the served saying it is good in plain words (热闹、舒坦、安逸、比…还…)',
        ['老人们都说在这儿过年跟在家里一样热闹。', '住户们说现在比在城里还安逸。', '老人们说食堂的饭菜比自己做的还香。'],
        ['老人们说食堂的饭菜太咸了。', '居民说希望小区的路灯能多装几盏。']],
      ['someone now looks after them (有人照应了)',
        ['独居的老人现在有人照应了。', '放学后孩子有人看护，家长安心上班。'],
        ['独居老人没人照应，是我们最担心的事。']],
      ['the bad practice, nominalised, is gone (…的没有了) or stopped (刹住了)',
        ['现在村里办丧事讲排场的没有了。', '打架骂人的几乎没有了。', '全村一个乱倒垃圾的都没有。', '乱埋乱葬的歪风也刹住了。', '去年夏天还常有人到河里游泳，今年一个下河的都没有。'],
        ['一个问题都没有整改。', '要坚决刹住大操大办之风。']],
      ['all up to standard, claimed', ['集镇公厕已全部达标。'], ['确保集镇公厕全部达标。']],
      ['nothing came back (无一反弹)', ['调解成功的纠纷无一反弹。', '整治过的点位没有一处回潮。'], ['要防止整治过的点位反弹。']],
      ['a state reached at the clause’s end with 基本/已/全部', ['汛期前，城区排水管网已全部畅通。', '老街的消防通道基本畅通。', '居民楼下的飞线充电基本绝迹。'],
        ['县里要求年底前问题全部清零。', '要求各加油站的消防器材全部配齐到位。']],
      ['before and after from a time at the start (年初…，十月…已…; 去年…，今年…)',
        ['年初检查时近一半摊位占道，到九月复查只剩三家。', '年初全乡只有四个村能常态开展活动，到十一月底十二个村都能按月开展。', '去年夏天河边天天有人钓鱼，今年没有了。'],
        ['年初制定了工作方案，十月组织了一次检查。', '去年开展活动20场，今年开展活动32场。']],
      ['the unit commended by an outside body (对我县…予以表扬)',
        ['省司法厅印发通报，对我县“法律明白人”培养工作予以表扬。', '市文明办在现场会上对我镇“院坝夜话”做法进行了肯定。'],
        ['对我县评出的优秀志愿者给予表彰。', '对我县个别单位整改不力的问题提出批评。']],
      ['a practice spread, taken up or held up as a model',
        ['“有事找网格员”的做法已在全镇推开。', '我们的“板凳课”被县里当作典型在全县推开。', '镇里的做法被写进了县委办的工作简报。', '视频号发布的垃圾分类短片被省级媒体转发。'],
        ['这个做法还需要进一步推开。', '整治工作被县督查室通报批评。']],
      ['an honour kept or a register of merit entered',
        ['我站连续四年保持市级文明单位称号。', '经复查，“青年文明号”继续保留。', '我馆收藏的家谱被列入省级珍贵古籍名录。'],
        ['该企业被列入经营异常名录。', '力争保持市级文明单位称号。']],
      ['a grade of merit (优秀等次、被评上)', ['法治政府建设考核我局获全市优秀等次。', '今年我们社区被评上了市级文明社区。'],
        ['这次考核我局被评为不合格等次。', '争取明年评上市级文明社区。']],
      ['a situation steady and improving', ['辖区安全生产形势持续稳定向好。'], ['推动全县安全生产形势持续稳定向好。']],
      ['zero harms and no points lost', ['这学期校园欺凌事件为零。', '文明城市测评中我局负责的点位一个问题也没扣分。'], ['力争刑事发案数下降百分之十。']],
      ['a percentage change in Chinese numerals', ['今年辖区刑事发案数下降百分之十二。', '群众满意率提高三个百分点。'], ['力争满意率提高三个百分点。']],
      ['a problem solved, said plainly', ['小区里的流浪狗问题解决了。'], ['待问题解决了再验收。', '问题解决了才能验收。', '要把这个问题解决了。']],
      ['the served doing it themselves now', ['商户们现在自己会把门前扫干净。', '孩子们现在吃饭都光盘了。', '如今村里的年轻人也爱往文化礼堂跑了。'],
        ['商户们现在还会在门口乱堆杂物。', '督促商户把门前扫干净。']],
      ['became a good place, a model or the backbone', ['这个小广场成了附近居民晚上跳舞的好地方。', '这些年轻人现在成了村里志愿服务的骨干。', '“好人榜”上的人成了大家学习的榜样。'],
        ['党员干部要成为志愿服务的骨干。', '计划明年把活动室打造成居民的好去处。']],
      ['work on things all done or equipment brought up to standard', ['全县农村厕所改造任务全部完成。', '通过检查，全县加油站的消防器材全部配齐到位。'],
        ['要求年底前改造任务全部完成。', '到2027年，实现集镇公厕全部达标。']],
      ['a state reached with 基本 at the end: goods off the shelves', ['校园周边的“三无”食品基本下架。'], ['要求“三无”食品全部下架。']],
      ['at the top of a trending list (a reach count alone is data)', ['话题#文明清河#登上同城热榜第一。'], ['话题阅读量达300万次。', '话题登上了热榜。']],
      ['life back in a place (有人气了)', ['镇上的老街现在晚上也有人气了。'], ['老街晚上没有人气。']],
      ['now all able (现在…都能)', ['现在各村的垃圾都能做到日产日清。'], ['要求各村现在都能做到日产日清。', '部分村现在还不能做到日产日清。']],
      ['brought below a bound (降到…以下)', ['今年村里的彩礼普遍降到五万元以下。'], ['力争把彩礼降到五万元以下。', '倡导把彩礼降到五万元以下。']],
      // Session 25 (service25): the twenty-third set's ruling — one 申报中 / 拟推荐 / 入围 is a target, an honour not yet received.
      ['an award won (入围 alone is a target)', ['我站志愿服务项目在全国志愿服务项目大赛中获得银奖。'], ['我站志愿服务项目入围全国志愿服务项目大赛。', '项目申报了全国志愿服务项目大赛。', '对照入围条件准备材料。']],
      ['the served able now (现在能…了)', ['做了手术的老人现在能下地走路了。'], ['老人现在能不能下地还不好说。']],
      ['cut from one figure to another, most can now, a custom taking shape',
        ['患者平均候诊时间由四十分钟缩到十五分钟。', '税费业务九成以上能在网上办。', '新风尚在全村慢慢形成。'],
        ['候诊时间力争由四十分钟缩到十五分钟。', '目前仍有三成业务不能在网上办。', '新风尚的形成需要久久为功。']],
      ['the served willing to come now', ['村民有个头疼脑热都愿意先来卫生室看看。'], ['村民有问题都愿意来反映。']],
      ['first place taken, kept so all along', ['全县创建工作在全市综合考评中拿了第一名。', '商场的消防通道现在一直保持畅通。'],
        ['要持续保持消防通道畅通。', '获得第二批试点资格。']],
      ['a rate named as a standard is no rate reached', ['公交准点率达到96%。'], ['公交准点率考核标准为96%。']],
      ['a condition of a rule is no outcome (整改到位后)', ['商户门前的问题已整改到位。'],
        ['“黑榜”企业在整改到位后，经申请可移出名单。', '对整改不到位的商户，待整改到位后方可恢复营业。', '商户整改到位后可恢复营业。']],
      ['reach and counts are data, never outcomes on their own', ['回访的一百户群众全部表示满意。'],
        ['公众号粉丝突破两万，单篇最高阅读量10w+。', '全年发布推文120条，阅读量累计5万次。', '发放慰问金两万元，走访困难户四十户。']],
    ],
  ],
  数据实例: [
    data,
    [
      ['counts in 卷、位、趟、对、顶、副、天', ['馆里有民国档案一千三百余卷。', '今年帮了58位老人，跑腿200多趟。', '目前结成帮扶对子36对。', '查扣劣质头盔五百余顶。', '发放春联一千二百多副。', '办案平均用时缩短到四天。'],
        ['实行“三位一体”管理。', '坚持一对一帮扶。', '副局长带队检查。']],
      ['a count closing its clause, a scale in words (八个、破百万)', ['共设置“文明劝导岗”八个。', '累计播放量破百万。', '视频点赞破万。'], ['落实“四个一”工作要求。', '确保万无一失。', '万众一心抓创建。', '突破万难抓创建。']],
      ['a plan period is no count (十四五期间)', ['今年办了十四期培训班。'], ['十四五期间持续推进。', '对照“十四五”规划推进。']],
      ['an approximate count with 来 and a duration with a half', ['发了宣传单两千来张。', '每场讲座大约一个半小时。'], ['按照第三季度工作安排推进。']],
      ['an address with its number is no count (村3组、5号楼、二期9栋)', ['和平里小区3栋老楼加装了电梯。'],
        ['新华村2组的路灯修好了。', '幸福小区5号楼的楼道已经清理。', '地址在幸福家园二期9栋。', '东风路3号院的居民签了公约。']],
    ],
  ],
  主体责任: [
    responsibility,
    [
      ['a role, who the person is, then the charge', ['关工委副主任、退休老校长李文华具体负责。', '支部书记、退伍老兵王强具体负责护村队。'], ['请各乡镇主要负责同志参加会议。']],
      ['a person by name and calling in charge (…老师负责)', ['教学点负责人周老师负责这项工作。', '驾校负责人李教练负责学员文明驾驶教育。'], ['由居民轮流负责打扫楼道。']],
      ['a person named after 是 … 在管 / 具体…的是', ['这块工作一直是李会计在管。', '具体跑腿的是办公室的小杨。'], ['这事是大家在管。', '这些年一直是居民自己在管。']],
      ['the same with 管着', ['这事我们所里是指导员管着。'], ['这事是大家管着。']],
      ['someone assigned to watch over it (指定…盯)', ['队里指定了一名副队长盯这件事。'], ['县领导多次到现场调研指导。']],
    ],
  ],
  具体措施: [
    measures,
    [
      ['a slogan named as a belief is nothing done (树立“…”理念)', ['开展“小手拉大手”文明劝导活动。'], ['牢固树立“病人至上”的服务理念。', '树立“人民至上”的理念。', '推行“马上就办”的工作理念。', '向居民普及“垃圾分类就是新时尚”的理念。', '各科室树立服务窗口标杆。']],
      ['an arrangement made is a document’s work (作出安排/部署)', ['给辖区每家餐馆发了公筷公勺。'], ['对明年的工作作出具体安排。', '对全县公益广告投放作出安排。', '县文明办对全县志愿服务进行统一部署。']],
      ['an office’s short name as the subject is no verb (…办把…)', ['我们在村委会办了一个四点半课堂。'], ['县文明办把文明餐桌纳入文明单位创建管理。', '县文明办把垃圾分类纳入文明单位创建管理。']],
      ['a topic put on an agenda is stock (把…纳入年度重点工作)', ['把垃圾分类纳入年度重点工作，每月评比一次。'], ['县关工委把青少年法治教育纳入年度重点工作。', '将文明交通纳入部门考核。', '把老年人健康体检纳入年度重点工作。']],
      ['a verbless row of a 清单式 table with a frequency', ['“流动红旗” 每周评比一次 全年', '学生干部值勤 每天课间', '家长学校 每学期两次讲座'], ['每季度督查一次，强化考核。']],
      ['everyday verbs: 开成、划、拍、布置“…”、教老人…', ['把后院的空地开成“开心菜园”。', '在校门口划了接送区。', '拍了一组反诈短视频发在抖音上。', '每周三下午在活动室教老人用智能手机。', '把废弃的村小改成了老年活动中心。'],
        ['清河县园林绿化服务中心']],
      ['an object named first, then one by one (对…逐一检查)', ['对辖区32家网吧逐一检查。'], ['对各项工作逐一落实。']],
      ['a court or a desk taken to the people (到村里开庭、把…搬到田间地头)', ['法官带着国徽到村里开庭。', '把普法课搬到田间地头。'], ['开庭时间另行通知。', '把工作重心搬到基层。']],
      ['a class held under a quoted name (开十分钟“…小课堂”)', ['每天放学前开十分钟“礼貌小课堂”。', '每周五下午开一节“家务课”。', '村里办了“院坝夜话”。'],
        ['孩子们最喜欢“家务课”。', '下一步将开设“道德讲堂”。']],
    ],
  ],
};

describe('session 10: element classes of the eighth set and a wider sweep of registers', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside] of rows) {
      for (const s of inside) it(`${element} ${name} — inside: ${s}`, () => expect(test({ text: s })).not.toBeNull());
      for (const s of outside) it(`${element} ${name} — outside: ${s}`, () => expect(test({ text: s })).toBeNull());
    }
  }
});

const missing = (lines: string[], joinLines = false) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines }))
    .filter((v) => v.status === 'missing')
    .map((v) => v.element);

describe('session 10: whole reports in grassroots and campaign registers (labels decided by hand)', () => {
  it('a 敬老院 clerk with full-width digits, half-width marks and a plain outcome has all five', () => {
    expect(
      missing([
        '福寿敬老院关于重阳节活动的说明',
        '护理组组长何玉兰老师负责这次活动.依据镇民政办《关于做好２０２６年重阳节敬老活动的通知》,院里请了镇上的秧歌队来演出,给每位老人包了长寿面。',
        '院里现住老人２６位，护理员３人。',
        '老人们说在院里过节比在自己家还热闹。',
        '福寿敬老院',
        '２０２６年１０月３０日',
      ]),
    ).toEqual([]);
  });
  it('a 教学点 report whose only outcome is what the children now do, in hard-returned lines', () => {
    expect(
      missing(
        [
          '石门教学点文明礼仪教育说明',
          '教学点负责人汪老师负责这项工作。按照镇中心校《关于印发２０２６',
          '年秋季学期德育工作安排的通知》，每天放学前开十分钟“礼仪小课堂”，',
          '全点学生１７人。现在孩子们见了客人都会主动问好了。',
        ],
        true,
      ),
    ).toEqual([]);
  });
  it('a 文明办 campaign of stock wording and a rule with a condition: 具体措施 and 取得成效 missing', () => {
    expect(
      missing([
        '清河县文明办关于诚信建设宣传工作的说明',
        '文明办主任负总责，宣教股股长具体负责。',
        '依据《清河县诚信建设宣传工作方案》（清文明办〔2026〕4号），对全年诚信宣传作出安排。',
        '我们牢固树立“诚信为本”的工作理念，坚持高位推动、精心组织。',
        '失信主体在整改到位后，经申请可移出名单。',
        '全县现有诚信示范街区12个。',
      ]),
    ).toEqual(['具体措施', '取得成效']);
  });
  it('a village report whose only figures are an address and a festival: 数据实例 missing', () => {
    expect(
      missing([
        '柳河村关于垃圾分类积分兑换的说明',
        '村妇联主席、退休教师孙莉具体负责。',
        '按照镇政府《关于推进农村生活垃圾分类的通知》（柳政发〔2026〕8号）执行。',
        '“3·8”节前在柳河村5组开设积分兑换点，村民分类到位可领积分换肥皂、洗衣粉。',
        '村里乱倒垃圾的基本没有了。',
      ]),
    ).toEqual(['数据实例']);
  });
});
