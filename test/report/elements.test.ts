/**
 * The five element tests, each at its boundary: clearly inside, just on the line, just outside
 * (issue 11, "What counts as an element"). Dev sentences written for these tests; the labelled
 * corpus lives in fixtures/elements/ and is measured by `npm run eval:elements`.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { documents } from '../../src/text/element-documents.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import type { ElementTest } from '../../src/text/element-shared.js';
import { ELEMENT_TESTS } from '../../src/text/elements.js';
import { isQuestion, maskQuotations } from '../../src/text/element-shared.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

type Case = [string, string];
function table(test: ElementTest, yes: Case[], no: Case[]) {
  it.each(yes)('counts (%s): %s', (_why, text) => expect(test({ text })).not.toBeNull());
  it.each(no)('does not count (%s): %s', (_why, text) => expect(test({ text })).toBeNull());
}

describe('主体责任', () => {
  table(
    responsibility,
    [
      ['inside: leading group with its head', '我局成立了以局长为组长、分管副局长为副组长的创建工作领导小组。'],
      ['inside: leadership line', '由局长负总责、分管副局长具体抓，确保各项任务落到实处。'],
      ['on: first responsible person', '局主要负责同志为第一责任人。'],
      ['on: lead office', '办公室作为牵头股室统筹推进日常工作。'],
      ['on: a named person assigned', '明确专人负责资料收集和报送。'],
      ['on: task force set up with its head', '组建创建工作专班，由分管副局长任专班长，实行周调度。'],
      ['on: a leader directing in person', '分管领导靠前指挥，每周调度一次。'],
      ['on: a named comrade', '由王某某同志分管，办公室李某某负责资料收集。'],
      ['on: leaders with two duties', '班子成员落实一岗双责，配备专职人员负责日常工作。'],
      ['on: a chief system', '局长担任总召集人，各股长为路长。'],
      ['on: leaders in charge of areas', '实行局领导包片负责，每月走访。'],
      ['on: any office-holder by title', '由常务副会长具体负责，赈济救护部牵头。'],
    ],
    [
      ['outside: 高度重视 alone', '我局高度重视未成年人思想道德建设工作，将其摆上重要议事日程。'],
      ['outside: the unit as subject', '县市场监管局负责全县食品安全监管，认真履行部门职责。'],
      ['outside: residents organise themselves', '小区居民自发成立志愿服务工作组，由退休党员任组长。'],
      ['outside: the words alone', '我局切实落实主体责任，压实工作责任。'],
      ['outside: residents set up their own group', '小区业主推选成立文明督导工作组。'],
      // issue 11: "a leading group or task force with its head" (session 8: a group alone names no one)
      ['outside: a task force set up without its head', '组建创建工作专班，实行周调度。'],
    ],
  );
});

describe('部署文件', () => {
  table(
    documents,
    [
      ['inside: title and 文号', '按照《清河县“我们的节日”主题活动实施方案》（县创文办〔2025〕12号）要求部署。'],
      ['on: title without 文号', '我局印发了《关于开展文明餐桌行动的通知》。'],
      ['on: 文号 alone', '根据县文明委〔2025〕3号文件精神，制定了本单位任务分工。'],
      ['on: key points', '对照《2025年全县精神文明建设工作要点》逐项落实。'],
      ['on: a plan with its years in brackets', '依据《清河县无障碍环境建设行动方案（2025—2027年）》推进。'],
    ],
    [
      ['outside: higher-level requirements only', '按照上级要求，我局认真贯彻落实有关文件精神。'],
      ['outside: a book', '组织干部职工学习《习近平谈治国理政》和《弟子规》。'],
      ['outside: a song and a film', '合唱《我和我的祖国》，观看影片《长津湖》。'],
      ['outside: an attached register', '活动情况详见附件《我们的节日活动登记表》。'],
      ['outside: a register with a bracket', '填报《志愿服务记录表（2025年）》。'],
      ['outside: a year in brackets is not a 文号', '全年（2025）共开展活动多次。'],
    ],
  );
});

describe('具体措施', () => {
  table(
    measures,
    [
      ['inside: a named activity', '组织开展“我们的节日·端午”经典诵读活动。'],
      ['inside: a mechanism', '建立节日活动常态化工作机制，每季度通报一次。'],
      ['on: an inspection with its object', '开展校园周边食品安全专项检查。'],
      ['on: a facility', '在城区主干道设置公益广告宣传栏。'],
      ['on: a training', '举办消防安全业务培训班。'],
      ['on: a quoted campaign', '“文明餐桌”行动覆盖全县餐饮门店。'],
      ['on: a verb and a quoted name', '开展“银税互动”，为守信企业对接贷款。'],
      ['on: physical work on anything', '新建、改造城区公厕，张贴监督电话。'],
      ['on: methods named', '采取削坡降级、覆土复绿、植树种草等方式开展修复。'],
    ],
    [
      ['outside: stock phrases', '一是加强领导，精心组织；二是有序推进，狠抓落实；三是强化宣传，营造浓厚氛围。'],
      ['outside: generic activities with a count', '全年共开展各类活动36场。'],
      ['outside: generic publicity', '广泛开展形式多样的宣传活动。'],
      ['outside: setting up the leading group', '成立由局长任组长的创建工作领导小组。'],
      ['outside: an intention', '下一步将继续开展经典诵读活动。'],
      ['outside: a state reached', '全县文明氛围日益浓厚。'],
      ['outside: physical verb with filler only', '设置各类等。'],
      ['outside: methods not named', '采取多种方式开展工作。'],
      ['outside: a meeting to study the work', '召开党组会议专题研究部署创建工作。'],
      ['outside: generic theme education', '组织开展形式多样的主题教育活动。'],
      ['outside: generic civilisation activities', '深入开展文明创建活动，开展集中宣传。'],
      ['outside: inspection and assessment in general', '开展督查考核。'],
      ['outside: more effort in general', '统一思想，提高认识，加大工作推进力度。'],
      ['outside: a stock figure of the built-up area', '城区建成区面积28.6平方公里，现有执法队员186名。'],
      ['outside: the indicator named in quotes', '现将我局开展“我们的节日”工作的情况说明如下。'],
      ['outside: 制度化 is a state', '推动环境卫生工作常态化、制度化、规范化。'],
    ],
  );
  it('claims nothing under 下一步 or 存在问题', () => {
    expect(measures({ text: '开展经典诵读活动。', role: 'plans' })).toBeNull();
    expect(measures({ text: '开展经典诵读活动。', role: 'problems' })).toBeNull();
  });
});

describe('数据实例', () => {
  table(
    data,
    [
      ['inside: counts with units', '全年开展活动36场，参与群众1.2万人次。'],
      ['on: a percentage', '群众知晓率为96%。'],
      ['on: Chinese numerals', '共举办讲座十二场。'],
      ['on: Chinese numerals with 余', '受益群众千余人，开展排查三轮，投诉减少三成。'],
      ['on: money', '投入经费5.5万元。'],
      ['on: cases counted with 起', '查处违法案件12起。'],
      ['on: a scaled number without a unit', '公众号关注用户达28.6万。'],
    ],
    [
      ['outside: year and date', '2025年6月12日，我局召开会议。'],
      ['outside: 文号', '按照县创文办〔2025〕12号文件执行。'],
      ['outside: ordinals and names', '在县第一中学举办第3期活动。'],
      ['outside: a hotline', '开通12345热线受理群众反映。'],
      ['outside: a pointer to an attachment', '具体数据详见附件1，见附表2。'],
      ['outside: 一 as an article', '开展一次集中宣传。'],
      ['outside: a year with 万', '2025年起实施。'],
      ['outside: service hours and a courtesy line', '开通24小时热线，设置1米线。'],
      ['outside: numerals in set phrases', '走进千家万户，做到一户一策、三个结合。'],
    ],
  );
});

describe('取得成效', () => {
  table(
    results,
    [
      ['inside: an improvement', '通过系列活动，师生文明素养明显提升。'],
      ['inside: a recognition', '我局被评为全县创建工作先进单位。'],
      ['on: satisfaction reached', '群众满意度达到96.5%。'],
      ['on: qualitative effect on people', '家长纷纷点赞，节日教育深入人心。'],
      ['on: year-on-year', '投诉量同比下降12%。'],
      ['on: an improvement at the end of its clause', '群众满意度进一步提升。'],
      ['on: a change of state', '修复后的矿山由荒山秃岭变为绿水青山。'],
      ['on: a prize', '作品获全省公益广告大赛一等奖。'],
      ['on: a rate reached', '调解成功率达到98.5%。'],
      ['on: life made easier', '残疾人出行更加便利。'],
      ['on: an atmosphere reached', '全县文明氛围日益浓厚。'],
    ],
    [
      ['outside: a target', '力争到年底群众满意度达到95%以上。'],
      ['outside: an intention', '确保各项工作取得实效。'],
      ['outside: 成效 in a shortcoming', '部分活动成效还不够明显。'],
      ['outside: counts of activities and participants', '全年开展活动36场，参与群众1.2万人次。'],
      ['outside: a purpose clause', '为进一步提升市民文明素养，开展文明交通劝导。'],
      ['outside: a shortcoming admitting some result', '虽取得一定成效，但与群众期待仍有差距。'],
      ['outside: an atmosphere to be created', '广泛宣传发动，营造浓厚氛围。'],
      ['outside: a participation rate', '学生参与率达到98%。'],
      ['outside: growth that is not an outcome', '随着年龄增长负担加重。'],
      ['outside: effect called limited', '宣传效果有限，群众知晓面窄。'],
      ['outside: aims after 努力让', '努力让群众获得感进一步提升。'],
      ['outside: an aim in verb-object order', '进一步提升服务水平和群众满意度。'],
    ],
  );
  it('claims nothing under 存在问题 or 下一步', () => {
    expect(results({ text: '群众满意度明显提升。', role: 'problems' })).toBeNull();
    expect(results({ text: '群众满意度明显提升。', role: 'plans' })).toBeNull();
  });
});

/** Dev sentences in other wording than the cases above (y: satisfies the element, n: does not). */
const DEV: [string, 'y' | 'n', string][] = [
  ['主体责任', 'y', '局党组书记、局长任创建工作第一责任人。'],
  ['主体责任', 'y', '实行“一把手”负责制，班子成员分片包干。'],
  ['主体责任', 'y', '调整充实了以党组书记为组长的创建工作领导小组。'],
  ['主体责任', 'y', '明确政工股为牵头股室，股长王某某负责日常调度。'],
  ['主体责任', 'y', '各中队队长为本辖区责任人。'],
  ['主体责任', 'n', '全局上下高度重视，形成了齐抓共管的良好局面。'],
  ['主体责任', 'n', '县文旅局认真履行行业主管职责，积极推进各项工作。'],
  ['主体责任', 'n', '退休教师自发组建了“银发宣讲团”，定期进社区宣讲。'],
  ['主体责任', 'n', '志愿者们自行成立了护河队。'],
  ['主体责任', 'y', '局主要负责人亲自部署、亲自过问。'],
  ['主体责任', 'y', '成立工作专班，由副局长任专班长。'],
  ['主体责任', 'n', '我局党组把创建工作摆上重要议事日程。'],
  ['部署文件', 'y', '认真贯彻《清河县创建全国县级文明城市三年行动计划》。'],
  ['部署文件', 'y', '转发了县创文指挥部《关于印发〈2025年创建工作任务分解〉的通知》。'],
  ['部署文件', 'n', '组织观看电影《长津湖》、诵读《朱子家训》。'],
  ['部署文件', 'n', '根据上级有关部署要求，结合我局实际开展工作。'],
  ['部署文件', 'n', '认真学习《中华人民共和国未成年人保护法》。'],
  ['部署文件', 'y', '依据清文明委〔2025〕2号文件，制定本局方案。'],
  ['部署文件', 'n', '编印了《文明礼仪知识手册》3000册。'],
  ['部署文件', 'y', '我局制定了《县卫健局爱国卫生月活动方案》。'],
  ['具体措施', 'y', '在各乡镇卫生院设立健康教育宣传栏。'],
  ['具体措施', 'y', '组织党员干部下沉社区开展垃圾分类入户宣传。'],
  ['具体措施', 'y', '每月开展一次农贸市场环境卫生大检查。'],
  ['具体措施', 'y', '邀请县人民医院专家举办健康知识讲座。'],
  ['具体措施', 'y', '建立“红黑榜”通报制度。'],
  ['具体措施', 'n', '坚持高标准谋划、高质量推进、高效率落实。'],
  ['具体措施', 'n', '做到思想认识到位、组织领导到位、措施落实到位。'],
  ['具体措施', 'n', '全县共有农贸市场12个、背街小巷86条。'],
  ['具体措施', 'n', '成立了以局长为组长的领导小组。'],
  ['具体措施', 'n', '计划下半年开展文明餐桌专项行动。'],
  ['具体措施', 'y', '对城区32家餐饮单位进行食品安全专项检查。'],
  ['具体措施', 'y', '利用LED显示屏滚动播放创建公益广告。'],
  ['具体措施', 'n', '多措并举，扎实推进创建工作。'],
  ['具体措施', 'y', '开展“我们的节日·中秋”诗词朗诵会。'],
  ['数据实例', 'y', '累计发放宣传资料5000余份。'],
  ['数据实例', 'y', '受益群众达三千余人。'],
  ['数据实例', 'n', '“12345”热线24小时畅通。'],
  ['数据实例', 'n', '按照县文明办〔2025〕3号文件要求。'],
  ['数据实例', 'n', '2025年3月5日在县第二中学开展学雷锋活动。'],
  ['数据实例', 'n', '详见附件2。'],
  ['数据实例', 'y', '覆盖率达到100%。'],
  ['数据实例', 'y', '投入资金120万元。'],
  ['取得成效', 'y', '全县文明交通秩序明显好转。'],
  ['取得成效', 'y', '群众对创建工作的知晓率、支持率、满意度均超过90%。'],
  ['取得成效', 'y', '我局被县委县政府授予“创建工作先进集体”称号。'],
  ['取得成效', 'y', '学生文明行为习惯逐步养成。'],
  ['取得成效', 'y', '乱停乱放现象大幅减少。'],
  ['取得成效', 'n', '力争年底前群众满意度达到90%以上。'],
  ['取得成效', 'n', '全年开展活动32场，参与群众5600人次。'],
  ['取得成效', 'n', '部分群众参与积极性不高，活动成效有待提升。'],
  ['取得成效', 'n', '确保创建工作取得实效。'],
  ['取得成效', 'n', '计划年底前实现志愿服务站点全覆盖。'],
  ['取得成效', 'y', '居民环境卫生意识普遍增强。'],
  ['取得成效', 'y', '得到了上级部门的充分肯定。'],
  ['取得成效', 'y', '农村人居环境面貌焕然一新。'],
  ['取得成效', 'n', '要进一步提升服务质量。'],
  ['取得成效', 'y', '志愿服务已成为清河的一张亮丽名片。'],
  ['取得成效', 'n', '推动各项工作提质增效。'],
  ['主体责任', 'y', '局长作为第一责任人，对创建工作负总责。'],
  ['主体责任', 'y', '建立“局长—分管领导—股室负责人”三级责任体系。'],
  ['主体责任', 'y', '由综合股具体承办，专人负责台账整理。'],
  ['主体责任', 'n', '县委县政府高度重视文明创建工作。'],
  ['主体责任', 'n', '全体干部职工积极参与，形成人人参与的良好氛围。'],
  ['主体责任', 'n', '社区党员群众主动认领志愿岗位。'],
  ['主体责任', 'y', '党组书记亲自抓，班子成员“一岗双责”。'],
  ['部署文件', 'y', '先后印发《关于进一步加强校园周边环境治理的实施意见》。'],
  ['部署文件', 'y', '根据《清河县2025年创建工作实施方案》（清创办发〔2025〕1号）要求。'],
  ['部署文件', 'n', '组织学习《中国共产党纪律处分条例》。'],
  ['部署文件', 'n', '按照县里的统一部署，迅速行动。'],
  ['部署文件', 'n', '开展《我和我的祖国》大合唱比赛。'],
  ['部署文件', 'n', '填写《志愿服务活动登记表》。'],
  ['具体措施', 'y', '在县城主要路口设置文明交通劝导岗。'],
  ['具体措施', 'y', '联合县公安局开展电动车违法行为专项整治。'],
  ['具体措施', 'y', '深入开展“文明家庭”评选活动。'],
  ['具体措施', 'y', '依托新时代文明实践站举办道德讲堂12期。'],
  ['具体措施', 'n', '以更高标准、更实举措推进创建工作。'],
  ['具体措施', 'n', '工作中，我们注重统筹协调，强化督导检查。'],
  ['具体措施', 'n', '全县文明程度不断提升。'],
  ['具体措施', 'n', '下一步要组织开展专项行动。'],
  ['数据实例', 'y', '全县建成新时代文明实践站126个。'],
  ['数据实例', 'y', '志愿者人数达到2.3万名。'],
  ['数据实例', 'n', '《2025年工作要点》第三部分。'],
  ['数据实例', 'n', '县第三小学、县二中参与活动。'],
  ['数据实例', 'n', '一是加强领导，二是强化措施。'],
  ['取得成效', 'y', '城区环境卫生状况明显改善，群众满意度大幅提升。'],
  ['取得成效', 'y', '我局连续三年被评为全县文明单位。'],
  ['取得成效', 'y', '投诉举报数量较去年减少三成。'],
  ['取得成效', 'y', '活动受到群众广泛好评。'],
  ['取得成效', 'y', '相关做法被《清河日报》报道。'],
  ['取得成效', 'n', '今后将巩固提升创建成果。'],
  ['取得成效', 'n', '共组织培训12期，培训人员860人次。'],
  ['取得成效', 'n', '存在活动形式单一、群众参与度不高等问题。'],
  ['取得成效', 'n', '目标是群众满意度达到95%。'],
  ['取得成效', 'y', '社会文明程度显著提高。'],
];
describe('dev sentences', () => {
  it.each(DEV)('%s %s: %s', (el, want, text) => expect(ELEMENT_TESTS[el]({ text }) !== null).toBe(want === 'y'));
});

/**
 * Session 13: only the unit's own assertions are evidence — mood (questions, quotations, intentions),
 * actor (another body, who attended), and what only names a category (the title, the standard quoted
 * as a section, a plan's kind) — each class with a near miss on the other side, in this test's own words.
 */
describe('session 13: sentence mood and actor', () => {
  const read = (lines: string[], headings: string[] = []) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings }));
  const status = (lines: string[], element: string, headings: string[] = []) => read(lines, headings).find((v) => v.element === element)?.status;

  it('a question asks: 问五：取得了哪些成效？ is no outcome, the answer after it is', () => {
    expect(isQuestion('问五：取得了哪些成效？')).toBe(true);
    expect(isQuestion('记者：群众怎么评价')).toBe(true);
    expect(isQuestion('是否建立工作台账：是')).toBe(false);
    expect(isQuestion('答：群众满意度明显提升。')).toBe(false);
    expect(status(['县图书馆工作说明', '问五：取得了哪些成效？', '答：（略）'], '取得成效')).toBe('missing');
    expect(status(['县图书馆工作说明', '问五：取得了哪些成效？', '答：到馆读者比去年明显增多，群众满意度明显提升。'], '取得成效')).toBe('present');
  });

  it('a quotation of a clause or more is someone else\'s words; a short name or people\'s own words stay', () => {
    expect(maskQuotations('“机关食堂实行按需取餐，设置节约提示，开展光盘行动。”')).not.toContain('按需取餐');
    expect(maskQuotations('开展“宁停三分，不抢一秒”宣传活动。')).toContain('宁停三分');
    expect(maskQuotations('居民说“现在出门方便多了，晚上也敢走了”。')).toContain('方便多了');
    expect(maskQuotations('“在家门口就有活干，还能照顾孩子。”求职者王大姐说。')).toContain('照顾孩子');
    expect(status(['县机关事务中心说明', '“机关食堂实行按需取餐，设置节约提示，开展光盘行动。”'], '具体措施')).toBe('missing');
    expect(status(['县机关事务中心说明', '机关食堂实行按需取餐，设置节约提示，开展光盘行动。'], '具体措施')).toBe('present');
  });

  it('the standard quoted as a section (测评内容 / 测评标准) is no element; 对照测评标准 is the unit\'s account', () => {
    expect(status(['县医保局说明', '一、测评标准', '医保经办窗口推行“一站式”结算，群众满意度达到95%以上。', '二、工作开展', '局长负总责。'], '取得成效')).toBe('missing');
    expect(status(['县医保局说明', '一、对照测评标准', '医保经办窗口推行“一站式”结算后，群众满意度达到95%以上。'], '取得成效')).toBe('present');
  });

  it('a future time with 将 is a plan: 下学期将开设… is no measure; 下学期开设了… is', () => {
    expect(measures({ text: '下学期将开设每周一节心理健康课。' })).toBeNull();
    expect(measures({ text: '本学期开设了每周一节心理健康课。' })).not.toBeNull();
  });

  it('a section whose every sentence is an intention sets out plans: its heading is no empty measure section', () => {
    const lines = ['县教育局自查报告', '一、完成情况', '今年组织心理健康主题班会386场，学生求助意识明显增强。', '二、整改措施', '下学期将组织农村教师跟岗学习，并统一公示辅导室开放时间。'];
    expect(read(lines).find((v) => v.element === '具体措施')?.emptyHeadings).toBeUndefined();
    const done = ['县教育局自查报告', '一、完成情况', '今年组织心理健康主题班会386场，学生求助意识明显增强。', '二、整改措施', '我局高度重视整改工作。', '下学期将组织农村教师跟岗学习。'];
    expect(read(done).find((v) => v.element === '具体措施')?.emptyHeadings?.map((h) => h.heading)).toEqual(['二、整改措施']);
  });

  it('another body acting is not the unit\'s measure; the unit acting with it is', () => {
    expect(measures({ text: '市商务局在三季度开展了专项检查。' })).toBeNull();
    expect(measures({ text: '测评组反馈景区存在问题3项。' })).toBeNull();
    expect(measures({ text: '配合市商务局在三季度开展了专项检查。' })).not.toBeNull();
    expect(measures({ text: '我局在三季度开展了加油站专项检查。' })).not.toBeNull();
  });

  it('being in charge is responsibility, not a measure; 负责组织开展了… is work done', () => {
    expect(measures({ text: '工作人员陈静负责调解卷宗的制作和归档。' })).toBeNull();
    expect(measures({ text: '工作人员陈静负责组织开展了调解员业务培训3场。' })).not.toBeNull();
  });

  it('who attended a meeting is no one in charge; who chairs the work is', () => {
    expect(responsibility({ text: '参会人员：局班子成员，城建股、房管股负责人，各施工单位项目经理' })).toBeNull();
    expect(responsibility({ text: '责任人：城建股、房管股负责人，各施工单位项目经理' })).not.toBeNull();
  });

  it('the report\'s title names its topic: no measure or outcome in it; the same words as a body sentence count', () => {
    const title = '聚焦“三个度” 打造群众满意的政务服务窗口';
    expect(status([title, '局长任组长。'], '具体措施', [title])).toBe('missing');
    expect(status(['县政务服务局说明', '今年打造群众满意的政务服务窗口，设置“帮办代办”专窗3个。'], '具体措施')).toBe('present');
  });

  it('the problems and their causes as a section (原因分析 / 反馈问题) claim no measure', () => {
    expect(status(['县水利局整改说明', '一、原因分析', '河道保洁单位作业频次不够，护栏维修未纳入预算。'], '具体措施')).toBe('missing');
    expect(status(['县水利局整改说明', '一、整改情况', '河道保洁单位作业频次由每周一次增加到每日一次，维修护栏3处。'], '具体措施')).toBe('present');
  });

  it('a plan\'s kind or a bare sum after the verb is no work done; a thing named after it is', () => {
    expect(measures({ text: '列入本年度改造计划的小区43个。' })).toBeNull();
    expect(measures({ text: '全年贷款发放4.2亿元。' })).toBeNull();
    expect(measures({ text: '改造老旧小区43个。' })).not.toBeNull();
    expect(measures({ text: '发放宣传册4200份。' })).not.toBeNull();
  });

  it('an indicator code and a service number before 天气 are no quantity; three days are', () => {
    expect(data({ text: '测评指标：Ⅲ—19节约集约用地宣传' })).toBeNull();
    expect(data({ text: '通过12121天气热线发布预警。' })).toBeNull();
    expect(data({ text: '连续3天气温偏高。' })).not.toBeNull();
  });

  it('an area in 平方公里 is a quantity; 平方 alone is not', () => {
    expect(data({ text: '中心城区建成区面积21.3平方公里。' })).not.toBeNull();
    expect(data({ text: '打造21平方文化角。' })).toBeNull();
  });

  it('a colloquial 搞 + an object is an action; 搞好 is stock', () => {
    expect(measures({ text: '镇里搞了月度人居环境检查，每月打分排名。' })).not.toBeNull();
    expect(measures({ text: '镇里要搞好环境卫生。' })).toBeNull();
  });
});

describe('session 13: what only names a category', () => {
  const read = (lines: string[], headings: string[] = []) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings }));
  const verdict = (lines: string[], element: string) => read(lines).find((v) => v.element === element);

  it('an action whose object is only the title\'s topic names no measure; a named activity beside it does', () => {
    const title = '城关镇学雷锋活动情况说明';
    expect(verdict([title, '镇党委宣传委员刘佳负责，结合城关镇实际开展学雷锋活动。'], '具体措施')?.status).toBe('missing');
    expect(verdict([title, '镇党委宣传委员刘佳负责，结合城关镇实际开展学雷锋活动，组织志愿者清扫背街小巷。'], '具体措施')?.status).toBe('present');
    // 组织救护培训师进学校: the object goes on past the topic (救护培训).
    expect(verdict(['县红十字会救护培训情况说明', '组织救护培训师进学校，讲授心肺复苏。'], '具体措施')?.status).toBe('present');
  });

  it('a heading run in as a short key:value line (PDF) is read as a heading: a slogan is no measure', () => {
    expect(verdict(['县慈善总会说明', '爱心回响', '爱心回响：把温暖送到身边'], '具体措施')?.status).toBe('missing');
    expect(verdict(['县慈善总会说明', '爱心回响', '爱心回响：入户走访困难群众'], '具体措施')?.status).toBe('present');
  });

  it('a section of intentions only stays plans with the signature under it; a heading of two clauses is a slogan', () => {
    const plans = ['县委网信办自查报告', '一、完成情况', '组织“清朗”网络生态专项巡查，每日巡查主要平台。', '二、整改措施', '拟组织网评员轮训。', '中共清河县委网络安全和信息化委员会办公室'];
    expect(verdict(plans, '具体措施')?.emptyHeadings).toBeUndefined();
    const slogan = ['县住建局经验材料', '一、坚持长效长管，守住改造成果', '推行“巷长制”，每条巷道由一名居民担任巷长。', '二、改造成果', '背街小巷路面平整，居民出行更方便了。'];
    expect(verdict(slogan, '取得成效')?.emptyHeadings).toBeUndefined();
    const named = ['县住建局经验材料', '一、改造成果', '推行“巷长制”，每条巷道由一名居民担任巷长。', '二、做法', '背街小巷路面平整，居民出行更方便了。'];
    expect(verdict(named, '取得成效')?.emptyHeadings?.map((h) => h.heading)).toEqual(['一、改造成果']);
  });
});

describe('session 13, third increment: criteria quoted, plans, business volume', () => {
  const read = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false }));
  const status = (lines: string[], element: string) => read(lines).find((v) => v.element === element)?.status;

  it('a criterion quoted after its key runs over its semicolons to the sentence end; the next sentence is the unit\'s', () => {
    expect(status(['县人民医院说明', '测评内容：医务人员文明行医；设立投诉受理窗口；门诊患者满意度达到90%以上。'], '取得成效')).toBe('missing');
    expect(status(['县人民医院说明', '测评内容：医务人员文明行医；设立投诉受理窗口。门诊患者满意度达到93%，比去年提高5个百分点。'], '取得成效')).toBe('present');
  });

  it('一季度将… / 将对… / 会议决定… are plans; 一季度开展了… is done', () => {
    expect(measures({ text: '一季度将开展学校食堂拉网式检查。' })).toBeNull();
    expect(measures({ text: '我局将对学校食堂开展拉网式检查。' })).toBeNull();
    expect(measures({ text: '会议决定，对学校食堂开展拉网式检查。' })).toBeNull();
    expect(measures({ text: '一季度开展了学校食堂拉网式检查。' })).not.toBeNull();
  });

  it('a duty held (负直接责任 / 具体组织 / 主持…工作) is responsibility, not a measure', () => {
    expect(measures({ text: '本人主持党校日常工作，对理论宣讲负直接责任，教研室主任具体组织宣讲员。' })).toBeNull();
    expect(measures({ text: '本人主持党校日常工作，组织宣讲员进村宣讲12场。' })).not.toBeNull();
  });

  it('a lender\'s business volume is no measure; handing out leaflets is', () => {
    expect(measures({ text: '今年办理提取业务1.2万笔，发放贷款9.3亿元。' })).toBeNull();
    expect(measures({ text: '今年发放防诈骗宣传单1.2万份。' })).not.toBeNull();
  });
});

describe('session 13: outcomes stated without a figure, of the standard\'s own kinds', () => {
  it.each([
    ['a rank reached in an evaluation', '一季度窗口服务质量在全市评比中名列第二。'],
    ['a level of satisfaction reached', '环卫工人对站点服务满意度较高。'],
    ['a habit formed', '孩子们见面问好、排队洗手成了习惯。'],
    ['a degree adverb and a state enriched', '农村群众文化生活明显丰富。'],
  ])('counts (%s): %s', (_why, text) => expect(results({ text })).not.toBeNull());
  it.each([
    ['a rank aimed at', '力争在全市评比中名列前茅。'],
    ['satisfaction not high', '群众对站点服务满意度不高。'],
    ['a habit to be formed', '要让孩子养成洗手的习惯。'],
    ['a habit not yet formed', '部分居民分类投放习惯尚未养成。'],
  ])('does not count (%s): %s', (_why, text) => expect(results({ text })).toBeNull());
});

/**
 * Review of session 13 (precision): ordinary sentences of a county report that the session's new
 * patterns read as plans, another body acting or a quotation. Each stays the unit's own work done.
 */
describe('session 13 review: ordinary past work is still a measure', () => {
  const read = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
  const status = (sentence: string, element: string) => read(['县某局工作情况说明', sentence]).find((v) => v.element === element)?.status;
  it.each([
    // 再次 is "again" told of the past; 下半年再组织一次… (no 次 after 再) stays a plan.
    '三季度再次组织开展食品安全专项检查，共检查餐饮单位126家。',
    '下半年再次开展文明交通劝导活动，出动志愿者200人次。',
    // 将 as 把 before 对联 (couplets) and 向阳社区 (a community's name) is no 将对 / 将向 of the future.
    '春节前，志愿者将对联和福字送到孤寡老人家中。',
    // The unit's own inspection team (检查组), not a superior's.
    '检查组对辖区45家餐饮单位进行了检查。',
    // A quoted slogan naming the activity held is its name, not someone's words.
    '开展“学习雷锋好榜样，争做时代好少年，我为群众办实事”主题活动12场。',
  ])('具体措施 present: %s', (s) => expect(status(s, '具体措施')).toBe('present'));
  it('将向阳社区 is 将 as 把: the rule reads the clause as done (the verdict is the second opinion\'s)', () => {
    // The rule's evidence here is the staffing clause 配备专职人员2名; since the retrain with the
    // fifteenth set the second opinion overrules it (clause 0.54), as the standard has it: staffing
    // lines are no measure. The row tests the rule's reading of 将向, not the veto.
    expect(measures({ text: '我局将向阳社区列为文明实践示范点，配备专职人员2名。' })).not.toBeNull();
  });
  it('the plans and others they were written for stay as they were', () => {
    expect(measures({ text: '下半年再组织一次集中登记。' })).toBeNull();
    expect(measures({ text: '一季度将对学校食堂开展拉网式排查。' })).toBeNull();
    expect(measures({ text: '测评组反馈景区存在问题3项。' })).toBeNull();
    expect(maskQuotations('“机关食堂实行按需取餐，设置节约提示，开展光盘行动。”')).not.toContain('按需取餐');
  });
  it('3次日常巡查 is three rounds (次日 is the next day only when 常 does not follow)', () => {
    expect(data({ text: '组织3次日常巡查。' })).toBe('3次');
    expect(data({ text: '12121天气热线全天开通。' })).toBeNull();
  });
});

describe('session 13 review: problems found and their rectification', () => {
  it('a heading of the problems found with their rectification after them (及整改 / 的整改) is no problems section', async () => {
    const { sectionRole } = await import('../../src/text/sections.js');
    expect(sectionRole('一、反馈问题')).toBe('problems');
    expect(sectionRole('一、督查问题')).toBe('problems');
    expect(sectionRole('二、检查发现问题及整改措施')).toBeUndefined();
    expect(sectionRole('二、测评反馈问题的整改情况')).toBeUndefined();
    expect(sectionRole('一、问题清单及整改落实情况')).toBeUndefined();
    expect(sectionRole('二、对照问题清单逐项整改')).toBeUndefined();
    expect(sectionRole('一、问题清单')).toBe('problems');
    const lines = ['县市场监管局食品安全工作说明', '一、基本情况', '我局负责全县食品安全监管工作，局长任组长。', '二、检查发现问题及整改措施', '我局组织开展餐饮单位专项检查，检查发现问题35个，已督促整改35个，整改率100%。'];
    const v = judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
    expect(v.find((x) => x.element === '具体措施')?.status).toBe('present');
    expect(v.find((x) => x.element === '取得成效')?.status).toBe('present');
  });
});

describe('session 13: a visit to people named, and 要 as a modal', () => {
  it('a visit to people named by who they are is an action; 走访工作 names nothing', () => {
    expect(measures({ text: '由办信科工作人员电话回访信访人，询问对办理结果的意见。' })).not.toBeNull();
    expect(measures({ text: '春节前由宣传部领导带队走访道德模范和身边好人。' })).not.toBeNull();
    expect(measures({ text: '认真做好走访工作。' })).toBeNull();
  });
  it('要 opening a clause (after a short subject at most) is a demand or an aim; 要 inside a narrative is not', () => {
    expect(measures({ text: '我们要走访困难群众。' })).toBeNull();
    expect(measures({ text: '镇里要组织消防演练。' })).toBeNull();
    expect(measures({ text: '主要做法是组织消防演练。' })).not.toBeNull();
    expect(measures({ text: '以前村民取个快递要跑十几里，今年开设快递驿站3个。' })).not.toBeNull();
  });
});

describe('session 13: a body above the unit, by the tier its title names', () => {
  // The rule's verdict: evidence the learned second opinion overruled still counts as found here
  // (these one-line texts test the tier rule, not the retrained model's taste for a bare sentence).
  const status = (lines: string[]) => {
    const facts = analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false });
    if (facts.elementVetoes?.['具体措施'] !== undefined) return 'present';
    return judgeElements(facts).find((v) => v.element === '具体措施')?.status;
  };
  it('in a 社区\'s report, what the 街道办 organised is not the 社区\'s measure; in a 街道\'s report it is', () => {
    expect(status(['东关社区垃圾分类工作说明', '街道办组织了辖区小区评比。'])).toBe('missing');
    expect(status(['城关街道办事处垃圾分类工作说明', '街道办组织了辖区小区评比。'])).toBe('present');
    expect(status(['东关社区垃圾分类工作说明', '街道办评比后，社区开展了垃圾分类入户宣传。'])).toBe('present');
  });
  it('in a 镇\'s report, what a county bureau checked is not the 镇\'s measure', () => {
    expect(status(['马集镇人居环境整治情况说明', '县农业农村局对各村开展了人居环境检查。'])).toBe('missing');
    expect(status(['马集镇人居环境整治情况说明', '镇里对各村开展了人居环境检查。'])).toBe('present');
  });
});

describe('session 13 review: a county-level city (县级市) unit acting under its own 市', () => {
  const read = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
  const measure = (lines: string[]) => read(lines).find((v) => v.element === '具体措施')?.status;
  it('市城管局 opening a clause is the unit itself when the report is a 市 unit’s (its title or signature, or 我市)', () => {
    expect(measure(['如皋市城市管理局关于市容秩序整治工作的情况说明', '市城管局在城区开展占道经营专项整治，取缔流动摊点45处。'])).toBe('present');
    expect(measure(['市容秩序整治工作情况说明', '市城管局在城区开展占道经营专项整治，取缔流动摊点45处。', '昆山市城市管理局', '2026年11月19日'])).toBe('present');
    expect(measure(['市容秩序整治工作情况说明', '为推进我市创建全国县级文明城市，市城管局在城区开展占道经营专项整治。'])).toBe('present');
  });
  it('in a county’s report a 市 body is still a superior acting', () => {
    expect(measure(['清河县商务局工作情况说明', '市商务局在三季度开展了专项检查。'])).toBe('missing');
    expect(measure(['南通市清河县商务局关于加油站管理的说明', '市商务局在三季度开展了专项检查。'])).toBe('missing');
    expect(measure(['清河县商务局工作情况说明', '为推进我县创建工作，市商务局在三季度开展了专项检查。'])).toBe('missing');
  });
});

describe('session 13 review: a 街道 of a county-level city has the 市 above it', () => {
  it('市城管局 acting in a 街道’s report is a superior, in the 市 unit’s own report the unit', () => {
    const measure = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === '具体措施')?.status;
    expect(measure(['如皋市如城街道办事处关于市容整治工作的说明', '为推进我市创建工作，市城管局在城区开展占道经营专项整治。'])).toBe('missing');
    expect(measure(['如皋市城市管理局关于市容整治工作的说明', '为推进我市创建工作，市城管局在城区开展占道经营专项整治。'])).toBe('present');
  });
});

describe('session 13 review: the tier is the unit’s own name’s, not a word of a bureau’s name or topic', () => {
  const measure = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === '具体措施')?.status;
  it.each([
    ['清河县住房和城乡建设局关于城镇老旧小区改造工作的情况说明', '县住建局对城区17个老旧小区开展了改造。'],
    ['清河县乡村振兴局关于乡风文明建设的说明', '县乡村振兴局在全县开展“文明家庭”评选活动。'],
    ['清河县城市管理局关于城区街道环境整治的说明', '县城管局组织开展了背街小巷环境整治。'],
  ])('a county bureau’s own name opening a clause is the unit: %s', (title, sentence) => expect(measure([title, sentence])).toBe('present'));
  it('a 镇, 村 or 社区 named by its own title still has its superiors', () => {
    expect(measure(['马集镇人居环境整治情况说明', '县农业农村局对各村开展了人居环境检查。'])).toBe('missing');
    expect(measure(['马庄村村民委员会关于人居环境整治的说明', '镇政府组织了各村环境评比。'])).toBe('missing');
    expect(measure(['东关社区垃圾分类工作说明', '街道办组织了辖区小区评比。'])).toBe('missing');
  });
});

describe('session 13 review: 要 opening a clause', () => {
  it('要 in a relative clause (群众要办的事) or a word (纲要) is no demand; 要 + a verb still is', () => {
    const status = (sentence: string, element: string) => judgeElements(analyzeText({ pages: [['县政务服务中心工作情况说明', sentence].join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === element)?.status;
    expect(status('群众要办的事基本实现“最多跑一次”，办事满意率达到98%。', '取得成效')).toBe('present');
    expect(status('纲要印发后，我局在全县开展“文明家庭”评选活动。', '具体措施')).toBe('present');
    expect(measures({ text: '各股室要组织干部职工开展志愿服务。' })).toBeNull();
  });
});

describe('session 13 review: 负责 as an attitude or an attribute is no charge', () => {
  it.each(['本着对群众高度负责的态度开展拉网式排查。', '我局对所负责的12条道路开展常态化巡查。', '执法人员负责任地开展占道经营整治。'])('a measure: %s', (s) => expect(measures({ text: s })).not.toBeNull());
  it('being in charge is still no measure', () => expect(measures({ text: '工作人员陈静负责调解卷宗的制作和归档。' })).toBeNull());
});
