/**
 * Session 9: the classes learnt from the seventh set (ids 1901–2385: 街道/社区/业委会, terse bureaus
 * in key:value lines, examiner near misses, colloquial clerks, hospitals/schools/utilities) and the
 * registers of the next set (speech-style 汇报材料, 清单式 lists, examiner near misses, 文明办/团县委
 * campaign indicators, grassroots units that mix half-width marks and full-width digits). Every row
 * and report is written for this test, not taken from fixtures/elements/: a sentence just inside a
 * class and one just outside it, then whole reports in each register with labels decided by hand.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { data } from '../../src/text/element-data.js';
import { documents } from '../../src/text/element-documents.js';
import { results } from '../../src/text/element-results.js';
import { fullWidthMarks, splitSentences } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import type { ElementTest } from '../../src/text/element-shared.js';

type Row = [name: string, inside: string, outside: string];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  主体责任: [
    responsibility,
    [
      // Others organising themselves are judged in the clause of the match and the one before it.
      ['a group with the unit’s head / the same group headed by residents in turn', '楼栋议事小组由社区书记担任组长。', '楼栋议事小组由居民轮流担任组长。'],
      ['a liaison fixed by the unit / a convener elected by residents', '经党组研究，确定副局长王强为联络人。', '居民推举老党员王强为召集人。'],
      ['a leader in a run-on sentence that later names a village compact / the compact made by villagers', '镇长是第一责任人，分管副镇长具体抓，还修订了村规民约。', '镇里修订了村规民约，由村民自己推选监督员。'],
      ['a group of the unit / traders forming their own league', '局里成立诚信建设专班，副局长任专班长。', '商户们自愿组成诚信联盟，推选一名会长。'],
      ['a convener named by the unit / pharmacies joining of their own will', '局里确定一名店长任召集人。', '几家药店自愿组成诚信联盟，由一家店长任召集人。'],
      ['a convener appointed / a convener elected by all', '局里指定退休干部王强为召集人。', '大家推举退休干部王强为召集人。'],
      // The issuer of a cited document is outside the unit.
      ['the leading group’s office run by the unit / the county group’s office issuing a plan', '领导小组下设办公室，由政工股股长任办公室主任。', '依据县创文领导小组办公室《清河县创文攻坚方案》开展工作。'],
      // key:value lines of 清单式 reports.
      ['a key naming the leader / the leader not yet named', '责任领导：副局长王涛。', '责任领导：待定。'],
      ['a key naming the office in charge / a key naming every office', '具体负责：宣传股。', '具体负责：各股室。'],
      ['a key naming a section head / a key with no one yet', '具体负责：办公室主任李芳。', '具体负责：暂无。'],
      // Posts of 社区 and 业委会.
      ['a community social worker assigned / social workers invited to help', '社区专职社工李梅专门负责台账登记。', '社区邀请社工机构的社工协助开展活动。'],
      ['a committee member assigned by the committee / members attending', '业委会决定由委员张华专门负责楼道清理。', '居委会委员参加了培训。'],
      ['a union chair organising in person / a director taking part', '工会主席具体组织。', '局长带头参加了志愿服务。'],
      // Examiner near misses: 驻村第一书记, 包保, 网格长, 由XX同志具体负责.
      ['a cadre sent as first secretary / a first secretary visiting as a guest', '我局选派干部刘成任驻村第一书记。', '邀请驻村第一书记参加座谈。'],
      ['a leader covering a river section / a river named only', '每条支流由一名副局长包保。', '清河干流流经全县六个乡镇。'],
      ['a named comrade in charge / a comrade praised', '由办公室李娜同志具体负责。', '李娜同志多次受到表扬。'],
    ],
  ],
  具体措施: [
    measures,
    [
      ['a shed built this year / when the estate was built', '今年在小区新建了充电车棚2处。', '小区建成于2012年，共有住宅楼24栋。'],
      ['organising members to serve / 组织 inside 党组织', '组织党员开展志愿服务。', '各社区党组织书记为本社区志愿服务负责人。'],
      ['organising volunteers / 组织 inside 社会组织', '组织志愿者到敬老院打扫卫生。', '各社会组织志愿服务负责人参加了培训。'],
      ['volunteer service done / a register of volunteer service', '组织党员开展志愿服务。', '建立志愿服务工作台账。'],
      ['a named service campaign / a named team recognised', '开展“夕阳红”志愿服务活动。', '“夕阳红”志愿服务队被市文明办评为最佳志愿服务组织。'],
      ['a named campaign / two indicators named in quotes', '开展“获得电力”提速行动。', '“办理建筑许可”“工程项目审批”两项指标位居前列。'],
      ['each pile cleared / the work pushed from point to area', '对村内柴草乱堆点逐个整治。', '推动村庄环境整治由点到面拓展。'],
      // A run-on sentence: a new matter after a time word or an enumerator is judged on its own.
      ['a campaign after the leader line / the leader line and its office', '所里由所长负总责，副所长具体抓，今年重点搞了“一村一警”。', '领导小组由局长任组长，副局长任副组长，下设办公室。'],
      ['a sign placed after stock / stock only', '镇上共有饭店37家，5月份起在每家饭店摆了“光盘”提示牌。', '镇上共有饭店37家，农家乐12家。'],
      ['a measure after an enumerator / stock after it', '局长负总责，同时在各站点设置了宣传栏。', '局长负总责，同时加强领导，狠抓落实。'],
      // Colloquial placing verbs with what is placed.
      ['chopsticks placed / minds set at ease', '每张桌上都放了公筷公勺。', '大家放了心。'],
      ['a family-rule board made / much work done', '各村的文化墙都做了好家风榜。', '各村都做了大量工作。'],
      ['leaflets handed out / problems found', '民警进村发宣传单。', '发现问题及时整改。'],
      ['a proposal posted / posted close to the people (贴近)', '门口贴了倡议书。', '宣传内容贴近群众。'],
      ['a village gala held / the village asked to hold it', '春节前各村都办了村晚。', '计划春节前各村都办村晚。'],
      ['a window set up / offices the bureau has inside (内设)', '在大厅增设了老年人服务窗口。', '全局内设股室9个，干部职工58人。'],
    ],
  ],
  部署文件: [
    documents,
    [
      ['a plan in typed angle brackets / a register in them', '按照镇里<<河西村人居环境整治方案>>的要求办。', '填写<<志愿服务登记表>>。'],
      ['a plan in doubled 〈〈〉〉 / a law in them', '依据〈〈清河县文明交通行动计划〉〉执行。', '依据〈〈道路交通安全法〉〉执行。'],
      ['a notice quoting a plan in 〈〉 / a book', '按照《关于印发〈客运站文明提升方案〉的通知》执行。', '阅读《〈论语〉选读》。'],
    ],
  ],
  数据实例: [
    data,
    [
      ['new-media reach written 10w+ / a version number', '单条视频播放量10w+。', '升级到V2版本。'],
      ['a round figure in words / a time in words', '近百人参加。', '近年来工作有起色。'],
      ['a round figure in words / an age in words', '上千人次观看。', '上百年的老街。'],
      ['times as much / a fixed phrase', '客流翻了两倍。', '事半功倍。'],
      ['transactions counted in Chinese numerals / one transaction', '办理涉税业务四万二千笔。', '办理涉税业务一笔一清。'],
      ['a dozen or so in words / a few (几个) with no ten', '拆了猪圈十几个。', '拆了几个猪圈。'],
    ],
  ],
  取得成效: [
    results,
    [
      ['the served satisfied / satisfaction as a yardstick', '方案经协商确定，居民满意。', '以居民满意为标准。'],
      ['the served satisfied / to make them satisfied (an aim)', '村民都很满意。', '让广大居民满意。'],
      ['no casualties at all / nothing changed', '全县未发生人员伤亡。', '未发生变化。'],
      ['no drowning at all / checking where none happened', '全镇今年没有出一起溺水事故。', '要求各村未发生事故的也要自查。'],
      ['no petition at all / one petition', '没有一件越级上访。', '有一件越级上访。'],
      ['no pupil left school / a pupil named', '全县没有一名学生因家庭困难失学。', '一名学生因家庭困难申请资助。'],
      ['buying at ease / so that they can buy at ease (an aim)', '农民买得放心、用得安心。', '让群众买得放心。'],
      ['a ranking in the top three / a low ranking', '群众安全感测评排全县第三。', '测评排全县第十八位。'],
      ['a rank gained / a rank as a speaking order', '比去年前进了五位。', '排在第三位发言。'],
      ['praise given by another body / funds given', '县残联对景区的无障碍服务给予了充分肯定。', '县里给予了资金支持。'],
      ['villagers praising / villagers asked to praise', '村里人都夸。', '请村里人都来夸一夸好家风。'],
      ['a satisfaction rate given with 是 / satisfaction as this year’s focus', '满意度调查是96%。', '满意度调查是今年的重点。'],
      ['typed 取的 for 取得 / results yet to come', '工作取的了明显成效。', '工作有待取得成效。'],
      ['commended by the county / criticised by it', '获县委县政府通报表扬。', '获县委县政府通报批评后立即整改。'],
    ],
  ],
};

describe('session 9: element classes of the seventh set and the next registers', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside] of rows) {
      it(`${element} ${name} — inside: ${inside}`, () => expect(test({ text: inside })).not.toBeNull());
      it(`${element} ${name} — outside: ${outside}`, () => expect(test({ text: outside })).toBeNull());
    }
  }
});

describe('session 9: punctuation of a hurried hand', () => {
  it('half-width marks after Chinese read as full-width, one for one', () => {
    const s = '开展活动3场.群众满意,效果好;下一步:继续!';
    const t = fullWidthMarks(s);
    expect(t).toBe('开展活动3场。群众满意，效果好；下一步：继续！');
    expect(t.length).toBe(s.length);
  });
  it('decimals, dates, times and Latin text keep their marks', () => {
    for (const s of ['增长3.5%', '于2026.3.5开展', '上午10:00开始', 'see p.3, line 2', '阅读量3.2万']) expect(fullWidthMarks(s)).toBe(s);
  });
  it('a mark after a space before it (柴草堆 ,) is read too', () => {
    expect(fullWidthMarks('清理了柴草堆 ,拉走垃圾')).toBe('清理了柴草堆 ，拉走垃圾');
  });
  it('sentences end at a half-width full stop after Chinese, not inside a decimal', () => {
    expect(splitSentences('开展活动3场.满意度达95.6%.').map((s) => s.text)).toEqual(['开展活动3场。', '满意度达95.6%。']);
  });
  it('list items run into one paragraph split at ②–⑳ and （2）…', () => {
    expect(splitSentences('①设置宣传栏②组织培训③开展检查').map((s) => s.text)).toEqual(['①设置宣传栏', '②组织培训', '③开展检查']);
    expect(splitSentences('（1）设置宣传栏（2）组织培训').map((s) => s.text)).toEqual(['（1）设置宣传栏', '（2）组织培训']);
    // Not a list: 办法（试行） and a bracketed year.
    expect(splitSentences('执行《管理办法（试行）》（2026）年度要求').length).toBe(1);
  });
  it('Arabic item numbers run into one paragraph split once item 1 has opened it', () => {
    expect(splitSentences('措施：1.设置宣传栏2.组织培训3.开展检查').map((s) => s.text)).toEqual(['措施：1.设置宣传栏', '2.组织培训', '3.开展检查']);
    expect(splitSentences('1、清理垃圾2、设置路牌').map((s) => s.text)).toEqual(['1、清理垃圾', '2、设置路牌']);
    // No item 1 before: a count list (2、3组) or an ordinal (第2、第3名) stays whole.
    expect(splitSentences('共计2、3组开展活动').length).toBe(1);
    expect(splitSentences('获评第2、第3名').length).toBe(1);
    expect(splitSentences('排名进入全市前3、获评优秀单位').length).toBe(1);
  });
  it('straight double quotes in pairs read as curly quotes; an odd one is left alone', () => {
    expect(fullWidthMarks('开展"文明餐桌"行动')).toBe('开展“文明餐桌”行动');
    expect(fullWidthMarks('他说"好')).toBe('他说"好');
    expect(measures({ text: fullWidthMarks('推行"红黑榜"，每月在公告栏公布卫生评比结果。') })).not.toBeNull();
  });
  it('a PDF line opened by a bullet or dash is never joined to the line above', () => {
    const wide = '在城区主干道两侧设置公益广告牌并组织志愿者开展文明劝导活动';
    expect(normalizeText(`${wide}\n——在各小区设置宣传栏`, { joinLines: true }).split('\n')).toHaveLength(2);
    expect(normalizeText(`${wide}\n在各小区设置宣传栏`, { joinLines: true }).split('\n')).toHaveLength(1);
  });
});

const judge = (lines: string[], joinLines = false) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines }));
const missing = (lines: string[], joinLines = false) =>
  judge(lines, joinLines)
    .filter((v) => v.status === 'missing')
    .map((v) => v.element);

describe('session 9: whole reports in the next registers (labels decided by hand)', () => {
  it('a leader’s speech-style 汇报 with long officialese sentences has all five', () => {
    expect(
      missing([
        '在全县文明城市创建推进会上的汇报',
        '尊敬的各位领导：',
        '今年以来，我们深入贯彻落实县委县政府关于创建全国县级文明城市的决策部署，始终把创建工作作为增进民生福祉的重要抓手，在局党组的坚强领导下，由局党组书记、局长亲自挂帅，分管副局长靠前指挥，创建办具体负责日常调度。',
        '我们严格对照县创建指挥部印发的《清河县2026年创建全国县级文明城市攻坚行动实施方案》，逐项细化任务、明确时限。',
        '在具体工作中，我们聚焦农贸市场这一短板，对全县十一个农贸市场逐一实施提升改造，铺设防滑地砖一万二千余平方米，并在每个市场安排两名专职管理员驻场巡查。',
        '经过半年多的努力，农贸市场的面貌得到根本扭转，我局在全县创建工作季度考核中连续两次排名县直部门第一。',
      ]),
    ).toEqual([]);
  });
  it('a speech whose “measures” are attitudes and whose figures are stock: 具体措施 missing', () => {
    expect(
      missing([
        '在全县创建工作调度会上的表态发言',
        '我局成立了由局长任组长的创建工作领导小组，分管副局长具体抓。',
        '我们认真学习领会《清河县创建全国县级文明城市工作方案》精神，坚持高站位谋划、高标准推进、高质量落实，以更加饱满的热情、更加务实的作风，全力以赴抓好各项任务落实。',
        '全系统现有干部职工一百四十六人，承担测评指标七项。',
        '通过全体干部的共同努力，群众对窗口服务的好评越来越多。',
      ]),
    ).toEqual(['具体措施']);
  });
  it('a 清单式 report in key:value lines, full-width digits, half-width marks and ①②③ run together', () => {
    expect(
      missing([
        '县交通运输局文明交通工作情况',
        '牵头领导:副局长周海',
        '依据:清交发〔２０２６〕７号',
        '主要做法:①在客运站设置文明乘车宣传栏②组织出租车驾驶员开展礼让斑马线培训③对公交车辆开展每月一次安全检查',
        '数据:培训驾驶员３６０人次,检查车辆１２０台次.',
        '成效:出租车礼让斑马线率由７５％提高到９６％,乘客投诉下降四成.',
      ]),
    ).toEqual([]);
  });
  it('a list of —— items read from a PDF: each item its own line; no document cited', () => {
    expect(
      missing(
        [
          '县图书馆全民阅读工作情况',
          '按照上级有关要求，结合我馆实际，开展了以下工作：',
          '——馆长负总责，阅读推广部主任具体组织',
          '——在城区设立“城市书房”5处，每天开放12小时',
          '——举办“周末亲子共读”活动48场，参与家庭1600余户',
          '——借阅量同比增长三成，多所学校把亲子共读纳入了课外实践课程',
        ],
        true,
      ),
    ).toEqual(['部署文件']);
  });
  it('an examiner’s near misses that are present: 包保, a 文号 alone, a ranking', () => {
    expect(
      missing([
        '县水利局河湖长制工作说明',
        '局领导班子成员实行河道包保，局长包保清河干流，三名副局长分别包保三条支流。',
        '工作依据为清水发〔2026〕3号文件。',
        '今年对包保河段开展“清四乱”专项行动，拆除河道违建十一处。',
        '在全市河湖长制考核中我县位列第二名，比上年前进了四位。',
      ]),
    ).toEqual([]);
  });
  it('an examiner’s near misses that are absent: residents’ own river patrol, an outcome only aimed at', () => {
    expect(
      missing([
        '县水利局民间河长工作说明',
        '我局高度重视河湖管护，把民间河长作为重要补充。',
        '沿河村民自发组建“护河志愿队”，推选退休教师赵明为队长，每周沿河巡一次。',
        '依据《清河县全面推行河湖长制工作方案》推进。',
        '组织志愿者清理河岸垃圾，在河边设置警示牌二十块。',
        '力争明年河道水质稳定达到三类。',
      ]),
    ).toEqual(['主体责任', '取得成效']);
  });
  it('a slogan in quotes, a brand polished and office words are no measure', () => {
    expect(
      missing([
        '县税务局纳税服务情况说明',
        '局长任组长，纳税服务股具体负责。',
        '依据《清河县税务局2026年纳税服务工作要点》。',
        '我们坚持“以纳税人为中心”理念，擦亮服务品牌，推行“一本台账、一张清单”管理，形成工作闭环。',
        '全年办理涉税业务四万二千笔。',
        '纳税人满意度测评排名全市第一。',
      ]),
    ).toEqual(['具体措施']);
  });
  it('a 文明办 campaign: new-media figures are data, good people honoured an outcome', () => {
    expect(
      missing([
        '县文明办网络文明建设情况说明',
        '县文明办主任为第一责任人，网宣科具体承办。',
        '依据《清河县网络文明建设三年行动计划》推进。',
        '开设“清河好人”线上专栏，推送身边好人故事，阅读量累计10w+。',
        '以“文明清河 你我同行”为主题发布公益短视频。',
        '李秀英、王德福两人入选市级“身边好人”榜。',
      ]),
    ).toEqual([]);
  });
  it('a 团县委 campaign whose “outcome” is a slogan and counts: 取得成效 missing', () => {
    expect(
      missing([
        '团县委青年志愿者行动说明',
        '团县委书记负总责，志愿者工作部具体负责。',
        '依据团市委《关于开展2026年“青春志愿行”活动的通知》。',
        '在暑期组织大学生志愿者到社区开展“七彩假期”支教服务。',
        '共组织志愿者320人次，服务时长2600小时，发出倡议书1500份。',
        '口号是“青春有我 志愿同行”。',
      ]),
    ).toEqual(['取得成效']);
  });
  it('a village clerk with spaces, half-width marks, typos and numbers in words has all five', () => {
    expect(
      missing([
        '南 街 社 区 文 明 创 建 情 况',
        '社区书记 王 敏 负总责 ,副主任具体抓.',
        '依据街道《文明创建工作方案》(南街发〔２０２６〕３号).',
        '今年社区组织志愿者清理楼道杂物,在小区门口新设宣传栏２块.',
        '参加志愿者一百多人次,清理杂物三十多车.',
        '小区环境的到了明显改善,居民满意度达到百分之九十五.',
      ]),
    ).toEqual([]);
  });
  it('a 清单式 key:value line short enough to look like a heading is told under its key', () => {
    const v = judge(['县档案馆开放日活动情况', '负责部门：馆长室牵头，利用科具体承办', '依据文件：清档发〔2026〕5号', '活动内容：组织市民参观馆藏档案', '参观人数：三百余人', '活动效果：参观市民纷纷点赞']);
    expect(v.filter((x) => x.status === 'missing')).toEqual([]);
    expect(v.find((x) => x.element === '部署文件')?.emptyHeadings).toBeUndefined();
  });
  it('a village clerk with no quantity (a year and 一是 only): 数据实例 missing', () => {
    expect(
      missing([
        '东风村移风易俗工作情况',
        '村支书负总责,文书小王具体负责登记.',
        '依据乡里《关于推进移风易俗的通知》.',
        '一是成立红白理事会,二是在村部墙上贴了移风易俗倡议书,三是村干部上门劝说办酒的人家少摆酒席.',
        '2026年红白喜事大操大办的明显少了,老百姓都说好.',
      ]),
    ).toEqual(['数据实例']);
  });
});
