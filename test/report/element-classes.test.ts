/**
 * Boundary tests for the broad word-class tests of 具体措施 (element-measure-classes.ts), 取得成效
 * (element-result-classes.ts) and the classifiers of 数据实例 (element-data.ts). Each class has a
 * sentence just inside it and one just outside, in wording written for these tests (not taken
 * from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { data } from '../../src/text/element-data.js';
import { documents } from '../../src/text/element-documents.js';
import { broadMeasure } from '../../src/text/element-measure-classes.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

type Row = [name: string, inside: string, outside: string];

const MEASURES: Row[] = [
  // a verb of doing + an object that names a thing / the same verb + an abstract object
  ['building verb, concrete object', '在候车厅加装了母婴室。', '在候车厅加装了工作力量。'],
  ['inspecting verb, concrete object', '执法队员逐户检测液化气钢瓶。', '执法队员逐户检测工作落实情况。'],
  ['teaching verb, concrete object', '讲解员为游客讲解古桥历史。', '讲解员为游客讲解有关要求。'],
  ['serving verb, concrete object', '志愿者陪同独居老人复诊取药。', '志愿者陪同相关人员。'],
  ['engaging verb, concrete object', '聘请退休法官担任调解顾问。', '聘请相关人员。'],
  ['one-character verb with its object at once', '入冬后给独居老人送电暖器。', '入冬后给独居老人送去。'],
  // the object stands before the verb (对/给/把 …)
  ['object before the verb', '对老旧护栏逐段刷漆并更换。', '对有关工作更换。'],
  // the verb used as a noun: a subject, a place
  ['verb followed by its object', '拆除废弃广告牌架。', '拆除工作得到群众支持。'],
  ['verb as part of a subject', '补种行道树苗。', '补种率达到要求。'],
  ['verb inside the name of a body', '清理农贸市场周边摊点。', '县城乡建设局农贸市场科负责。'],
  // stock wording with a doing verb: abstract, generic or actor objects
  ['generic object needs a name', '开展垃圾分类积分兑换。', '开展形式多样的宣传教育活动。'],
  ['people sent to the front line', '组织党员到社区清理楼道杂物。', '组织党员干部深入基层一线。'],
  ['experience spread', '推广“错峰就餐”取号。', '推广先进典型经验。'],
  ['a problem fixed', '整治河道漂浮垃圾。', '整治突出问题。'],
  ['a method name that is a stock phrase', '实行夜市摊位编号。', '实行挂图作战、倒排工期。'],
  ['staff strengthened', '配齐急救箱和灭火毯。', '配齐配强工作力量。'],
  ['a verb of degree (推动、推进) names no action', '督促商户整改油烟排放。', '常态化推动问题整改。'],
  ['a broadcasting verb', '在电视台插播禁毒公益短片。', '在电视台插播。'],
  ['a hearing or a screening', '组织公开听证。', '组织公开。'],
  ['a service to a named group', '为见义勇为人员办理医疗费用报销。', '为见义勇为精神点赞。'],
  ['a screening of a titled film (a title that is no document)', '在文化广场放映电影《地道战》。', '依据《文化广场管理实施方案》放映电影。'],
  ['a duty with a place or a time', '交警每天傍晚在夜市路口执勤。', '交警执勤。'],
  ['a provider placed', '给每个社区配了一名心理咨询师。', '给每个社区配了任务。'],
  ['a food or a school by its head', '开办老年学校。', '开办事宜已商定。'],
  ['a colloquial building verb', '在塘边拉起了隔离网和护栏。', '在塘边拉起了话。'],
  ['a free service to people served', '为80岁以上老人免费理发。', '为提升服务水平免费开放。'],
  ['a one-character verb after 了', '在路口立了6块警示牌。', '在路口立了规矩。'],
  ['a named kind of publicity, not its breadth', '开展防诈骗快板宣传。', '开展全方位、多层次的宣传。'],
  // session 7: office wording (the judgement call), verbs inside other words, relative clauses
  ['a mechanism naming a concrete thing', '建立门店“周巡查”制度。', '建立周例会制度。'],
  ['management of a concrete thing', '实行农贸市场摊位积分管理。', '实行网格化管理。'],
  ['a register of the people served', '建立独居老人健康档案。', '建立问题整改台账。'],
  ['a list with a quoted name', '推行“一米线”排队制度。', '建立整改责任清单。'],
  ['a verb of doing, not the name of a body', '联合县交警大队开展“护学岗”行动。', '县志愿服务联合会获评“最佳志愿服务组织”。'],
  ['对 introducing an object, not 对照', '对沿街门店测评。', '对照沿街门店测评标准。'],
  ['against a standard, a real inspection', '对照测评标准检查沿街门店。', '对照沿街门店测评标准。'],
  ['讲 a story, not the slogan 讲好', '给孩子们讲抗战故事。', '讲好身边好人故事。'],
  ['the head of the object after its last 的', '组织居民观看讲述社区故事的情景剧。', '观看了讲述社区故事的电视剧。'],
  ['a verb qualifying a counted noun (stock)', '实行垃圾分类积分管理。', '实行垃圾分类积分管理的小区有12个。'],
  ['things built, not stock counted', '建设城市书房3处。', '实行物业管理的小区118个。'],
  ['an aspiration (努力打造)', '打造“邻里食堂”。', '努力打造“邻里食堂”。'],
  ['a team with stock qualities', '组建一支由退休教师组成的宣讲队。', '打造一支政治过硬、业务精湛的宣讲队伍。'],
  ['a colloquial placing verb (摆)', '在菜市场门口摆了两排自行车停放架。', '把垃圾分类工作摆在突出位置。'],
  ['planting (种)', '在河堤上种了800棵柳树。', '种好“责任田”。'],
  ['a machine by its head, not 商机', '引入自助售货机。', '引入商机。'],
  ['a beneficiary (为 + people), not a purpose (为方便)', '为外卖骑手开辟了临时停车区。', '为方便外卖骑手开辟了临时停车区。'],
  ['a post filled (…员)', '在十字路口安排交通劝导员。', '在十字路口安排工作人员。'],
  ['demolishing (拆掉) a thing, not a worry', '拆掉了河边的违章鸭棚。', '拆掉了思想上的顾虑。'],
  ['the object before the verb with 将', '将老旧路灯逐盏更换。', '将有关要求逐条更换。'],
  ['confiscating goods', '收缴了一批非法燃放的烟花爆竹。', '收缴了一批。'],
  ['people trained, counted', '培训了120名网格员。', '培训了全体人员。'],
  ['a letter handed out (发了)', '给每户居民发了一封倡议信。', '给每户居民发了通知。'],
  ['a named kind, not a plural of kinds', '开展敬老志愿服务活动。', '扎实开展各项志愿服务活动。'],
  ['a named subject of publicity, not its forms', '开展防溺水宣传活动。', '开展多种形式的宣传活动。'],
  ['上线 as a verb, not inside 线上线下', '“清河发布”小程序上线“随手拍”功能。', '通过线上线下相结合的方式开展宣传。'],
  ['a quoted name that says something, not quoted office wording', '实行“AB岗”制度。', '实行“挂图作战”。'],
  ['a quoted campaign, not quoted office wording', '开展“文明餐桌”行动。', '开展“清单化”行动。'],
  ['a quoted mechanism before its generic word', '建立“红黑榜”通报制度。', '建立“一本台账、一张清单”工作机制。'],
];

/** Sentences the broad test leaves to other elements, whatever verb they carry. */
const NOT_MEASURE_SENTENCES: Row[] = [
  ['the leading group', '组织保洁员清扫背街小巷。', '组织抽调骨干成立工作专班。'],
  ['a document issued', '张贴禁烟标识。', '印发《禁烟工作实施方案》并张贴。'],
  ['stock', '新建口袋公园两处。', '全县现有口袋公园两处。'],
  ['a meeting', '举办插花体验课。', '召开会议部署插花体验课。'],
  ['a staffing line (responsibility)', '登记独居老人用药情况。', '明确专人登记独居老人用药情况。'],
  ['a purpose clause', '安装护栏。', '为了安装护栏。'],
  ['a title line (a PDF shows it as a plain line)', '在市场出入口安装电子显示屏。', '清河县住房和城乡建设局关于农贸市场建设的说明报告'],
  ['the explanation formula', '开展“光盘打卡”。', '现将我局开展“光盘打卡”工作的情况说明如下。'],
];

const RESULTS: Row[] = [
  ['a state reached, perfective', '楼道里的杂物没了，过道也宽了。', '楼道里的杂物要清，过道也要宽。'],
  ['a comparative state, perfective', '老人们说去卫生院看病更近了。', '卫生院离村更近。'],
  ['people’s words of praise', '一位摊主说：“现在生意比以前好做。”', '一位摊主说：“市场里太脏，能不能管一管。”'],
  ['people’s words without quotation', '家长们说心里这下踏实了。', '家长们说了情况。'],
  ['a letter of thanks', '患者家属送来感谢信。', '患者家属前来复诊。'],
  ['before and after (从…到)', '平均候诊时间从40分钟缩短到15分钟。', '候诊区从一楼搬到二楼。'],
  ['before and after (过去→现在)', '这条街从过去垃圾成堆，变成现在干干净净。', '这条街从过去就是商业街。'],
  ['a later period with less', '到年底只剩2处乱停点。', '年初有12处乱停点。'],
  ['relief', '村民办证不再跑县城。', '村民办证需要跑县城。'],
  ['relief (不用…了)', '老人取药不用排长队了。', '老人取药要排长队。'],
  ['coverage reached', '沿街店铺100%张贴了文明公约。', '沿街店铺共张贴文明公约300份。'],
  ['a rate reached', '垃圾分类投放准确率85%。', '培训到课率85%。'],
  ['a satisfaction score', '群众满意度测评得分92分。', '群众满意度测评于11月开展。'],
  ['a habit formed', '排队取餐成为食堂里的习惯。', '排队取餐成为食堂的要求。'],
  ['a state of the place, not of a task', '巷子里的路灯终于亮了。', '参加巡查的人员到齐了。'],
  ['something gained', '放学后的孩子有了去处。', '放学后的孩子有了作业。'],
  ['people’s income', '摊主的收入明显增加。', '摊主的收入情况已登记。'],
  ['a share', '夜间噪音投诉下降了四成。', '夜间噪音投诉有四成来自城区。'],
  ['a practice copied', '这套办法被邻县借鉴。', '这套办法由邻县制定。'],
  ['gone', '占道摆摊基本看不到了。', '占道摆摊基本看得到。'],
  ['none received', '全年未接到一起噪音投诉。', '全年接到噪音投诉9起。'],
  ['people behaving differently', '居民们主动把垃圾分好类了。', '居民们主动把垃圾分好类。'],
  ['trips saved', '办证群众少跑一趟。', '办证群众跑一趟。'],
  ['able to at last', '老人在家门口就能看上病。', '老人要去县城看病。'],
  ['easy now', '沿街商户说生意好做了。', '沿街商户说生意要做。'],
  ['thanks by letter or call', '两位烈士亲属专门写信致谢。', '两位烈士亲属专门写信询问。'],
  ['none at all', '今年乱烧纸钱的投诉一起也没有。', '今年乱烧纸钱的投诉有一起。'],
  ['what it became', '原来的臭水沟成了小游园。', '臭水沟旁边是小游园。'],
  ['the served speaking, not the workers promising', '一位老人说：“现在出门放心了。”', '志愿者们说：“我们一定要把活动办好。”'],
  // session 7: further shapes of an outcome (written for these tests)
  ['gone, without 了 (如今/再也 + 见不到)', '辖区内再也见不到乱搭乱建。', '辖区内有时见不到巡查人员。'],
  ['a state described by a reduplicated adjective at the clause end', '如今市场里摊位整整齐齐。', '要做到摊位整整齐齐。'],
  ['able now, perfective (吃上了)', '老人们吃上了热乎的午饭。', '老人们吃上热乎午饭是我们的心愿。'],
  ['relief (免去了)', '上门办证让老人免去了奔波之苦。', '上门办证让老人免去奔波之苦是我们的目标。'],
  ['zero of something bad', '办事群众的差评数为零。', '报名参加志愿服务的人数为零。'],
  ['someone now there (有人管)', '孩子们放学后有人管。', '孩子们放学后没有人管。'],
  ['more of the served acting themselves', '不少家长主动加入志愿者队伍。', '组织家长加入志愿者队伍。'],
  ['praise from the served', '游客留言称赞景区干净文明。', '游客可以通过扫码留言。'],
  ['the served, for the first time', '义诊让很多老人第一次知道自己有高血压。', '义诊让很多老人知道要定期体检。'],
  ['a degree adverb 大为', '城区的交通秩序大为改观。', '城区的交通秩序有待改观。'],
  ['a yearly change at the clause end', '群众来信来访数量逐年减少。', '力争群众来信来访数量逐年减少。'],
  ['成了 a place people go to', '夜市成了市民休闲的好去处。', '夜市成了问题集中的地方。'],
  ['a state reached (变清了)', '通过整治，河水变清了。', '通过整治，河水要变清。'],
  ['past and now across a comma', '过去一到饭点就排长队，现在十分钟就能取到餐。', '过去的做法是集中整治，现在要转向常态管理。'],
  ['past and now, not a complaint that it is the same', '过去停车难，现在方便多了。', '过去停车难，现在还是难。'],
  ['the served saying how it is now', '商户们都说，现在的市场和超市差不多。', '家长们说，现在孩子放学没人接。'],
  ['an aim with 要让 is no effect', '活动让群众感受到了创建带来的变化。', '我们要让群众感受到创建带来的变化。'],
];

const NOT_RESULTS: Row[] = [
  ['a lead-in naming results', '主要成效：辖区内乱扔垃圾的少了。', '主要成效：开展巡查52次。'],
  ['a shortcoming', '路灯亮了。', '路灯还不够亮，亮了的也不多。'],
  ['an exhortation (切实 + verb) is no result', '群众办事负担切实减轻了。', '切实增强责任感和紧迫感。'],
];

const DATA: Row[] = [
  ['a classifier (封)', '收到表扬信12封。', '收到表扬信。'],
  ['a classifier (车)', '清运建筑垃圾80余车。', '清运建筑垃圾。'],
  ['a classifier, not a name (路车 / 号楼)', '发放慰问金3批。', '乘坐3路车到达。'],
  ['a score named as one', '考核得分95.5分。', '考核得分较高。'],
  ['Chinese numerals with a time unit', '办结时间压缩到二十分钟。', '办结时间压缩。'],
];

describe('具体措施: the broad test of verb classes and object classes', () => {
  for (const [name, inside, outside] of MEASURES) {
    it(`${name} — inside: ${inside}`, () => expect(measures({ text: inside })).not.toBeNull());
    it(`${name} — outside: ${outside}`, () => expect(measures({ text: outside })).toBeNull());
  }
  for (const [name, inside, outside] of NOT_MEASURE_SENTENCES) {
    const clause = (t: string) => t.replace(/。$/, '');
    it(`sentence left to others (${name}) — inside: ${inside}`, () => expect(broadMeasure(clause(inside), inside)).not.toBeNull());
    it(`sentence left to others (${name}) — outside: ${outside}`, () => expect(broadMeasure(clause(outside), outside)).toBeNull());
  }
  it('a title line (heading) is never a measure by the broad test', () => {
    expect(measures({ text: '县城区背街小巷改造情况说明', heading: true })).toBeNull();
    expect(broadMeasure('县城区背街小巷改造情况说明', '县城区背街小巷改造情况说明')).toBeNull();
    expect(measures({ text: '安装背街小巷路灯。', heading: false })).not.toBeNull();
  });
  it('a clause stating a result is not a measure', () => {
    expect(measures({ text: '乱贴小广告得到有效遏制。' })).toBeNull();
    expect(measures({ text: '清除墙面涂鸦，街面整洁了。' })).not.toBeNull();
  });
  it('an intention is cut off before the broad test', () => {
    expect(measures({ text: '在停车场新建充电桩。' })).not.toBeNull();
    expect(measures({ text: '力争在停车场新建充电桩。' })).toBeNull();
  });
  it('a title line is no measure by the narrow test either; a section heading may be', () => {
    expect(measures({ text: '（一）开展“文明餐桌”行动', heading: true })).not.toBeNull();
    expect(measures({ text: '县住房和城乡建设局关于开展“文明餐桌”行动的情况说明', heading: true })).toBeNull();
  });
  it('the verb inside another word is not a verb (充分发挥)', () => {
    expect(measures({ text: '充分发挥志愿者队伍作用。' })).toBeNull();
  });
});

describe('取得成效: the broad classes', () => {
  for (const [name, inside, outside] of [...RESULTS, ...NOT_RESULTS]) {
    it(`${name} — inside: ${inside}`, () => expect(results({ text: inside })).not.toBeNull());
    it(`${name} — outside: ${outside}`, () => expect(results({ text: outside })).toBeNull());
  }
  it('people’s words under 存在问题 or 下一步 claim nothing', () => {
    expect(results({ text: '一位摊主说：“现在生意比以前好做。”', role: 'problems' })).toBeNull();
    expect(results({ text: '村民办证不再跑县城。', role: 'plans' })).toBeNull();
  });
});

describe('数据实例: classifiers', () => {
  for (const [name, inside, outside] of DATA) {
    it(`${name} — inside: ${inside}`, () => expect(data({ text: inside })).not.toBeNull());
    it(`${name} — outside: ${outside}`, () => expect(data({ text: outside })).toBeNull());
  }
});

describe('whole reports judged by the broad classes', () => {
  const judge = (text: string) => judgeElements(analyzeText({ pages: [text] }));
  it('a measures heading followed by actions of uncommon verbs is not empty, and the outcome in plain words counts', () => {
    const v = judge(
      [
        '一、主体责任', '所长负总责，副所长具体抓。',
        '二、部署文件', '依据《城区桥梁安全整治工作方案》。',
        '三、具体措施', '对老旧护栏逐段刷漆并加固；在桥头加装限高架。',
        '四、数据实例', '整治桥梁14座。',
        '五、取得成效', '桥面平了，过桥的群众说：“走着安心多了。”',
      ].join('\n'),
    );
    for (const e of v) {
      expect(e.status, e.element).toBe('present');
      expect(e.emptyHeadings, e.element).toBeUndefined();
    }
  });
  it('stock measures and counts of activities stay missing under the broad classes', () => {
    const v = judge(
      [
        '一、主体责任', '所长负总责，副所长具体抓。',
        '二、部署文件', '依据《城区桥梁安全整治工作方案》。',
        '三、具体措施', '我所组织党员干部深入基层一线，整治突出问题，推广先进典型经验，配齐配强工作力量。',
        '四、数据实例', '全所现有桥梁巡查员12名。',
        '五、取得成效', '主要成效：开展巡查52次，参加巡查人员310人次。',
      ].join('\n'),
    );
    const status = Object.fromEntries(v.map((e) => [e.element, e.status]));
    expect(status.具体措施).toBe('missing');
    expect(status.取得成效).toBe('missing');
    expect(status.数据实例).toBe('present');
  });
});

describe('部署文件: a guide (指南) is read like a handbook, not a deployment document', () => {
  it('just inside: a work plan', () => expect(documents({ text: '依据《校园周边环境整治工作方案》开展。' })).not.toBeNull());
  it('just outside: a guide', () => expect(documents({ text: '依据《校园周边环境整治工作指南》开展。' })).toBeNull());
});

/**
 * Session 7, second round: classes found on the fifth held-aside set, each tested with sentences
 * written for these tests (inside, on the boundary where there is one, outside).
 */
import { responsibility } from '../../src/text/element-responsibility.js';

const MEASURES_7B: Row[] = [
  ['a verb ending a noun joined by 与 is no action', '把社区书屋与老年食堂连在一起开放。', '把志愿服务建设与基层治理融合起来。'],
  ['an office register named by the work it records', '建立独居老人健康档案。', '建立助残服务工作台账。'],
  ['drafting a plan is a document, not an action', '制定防汛应急预案后组织全员演练。', '制定社区防汛工作方案。'],
  ['routine business counted in visits is a volume', '接待来访群众时为老人开设专窗。', '全年接待游客36万人次。'],
  ['a visit made to do something', '调解员上门说和，当场签了协议。', '调解员热情上门。'],
  ['a duty at a place or time (展出、公示、开课、开放)', '把文明家庭事迹在村口宣传栏公示。', '有关情况按要求公示。'],
  ['held by the colloquial 办', '街道办了三期插花培训班。', '街道办组织相关人员学习。'],
  ['made into a thing', '把禁毒知识做成扑克牌。', '把禁毒工作做成常态。'],
  ['goods handed to each person served, counted', '给每名网格员发一本《入户走访手册》。', '给每户发通知要求落实。'],
  ['something done for people served by phone', '每周给空巢老人打一次电话问冷暖。', '每周给上级打一次电话汇报。'],
];

const RESULTS_7B: Row[] = [
  ['a state + 了 versus a verb of doing with a counted object', '连下三天雨，巷子里也干了。', '去年一年我们主要干了五件事。'],
  ['a label naming the outcomes claims nothing', '老旧小区改造后，居民出行方便了。', '四、主要成效'],
  ['a grower speaking of the effect', '养殖户老周说：“今年一头猪也没病死。”', '养殖户老周说：“希望多来几次。”'],
];

const RESPONSIBILITY_7B: Row[] = [
  ['village roles take charge', '村支书对改厕工作负总责，村会计管资金台账。', '村里很重视改厕工作。'],
  ['an office filled: 兼任…会长', '刘书记兼任红十字分会会长。', '社区主任参加志愿者协会年会。'],
  ['others responsible for themselves', '项目部安排专人具体负责工地围挡。', '各工地由项目经理自行负责扬尘防治。'],
  ['roles named as those who attend', '由物业经理负责楼道清理。', '邀请酒店经理、卫生主管参加食品安全培训。'],
];

describe('session 7, second round: classes from the fifth set (new wording)', () => {
  for (const [name, inside, outside] of MEASURES_7B) {
    it(`具体措施 ${name} — inside: ${inside}`, () => expect(measures({ text: inside })).not.toBeNull());
    it(`具体措施 ${name} — outside: ${outside}`, () => expect(measures({ text: outside })).toBeNull());
  }
  for (const [name, inside, outside] of RESULTS_7B) {
    it(`取得成效 ${name} — inside: ${inside}`, () => expect(results({ text: inside })).not.toBeNull());
    it(`取得成效 ${name} — outside: ${outside}`, () => expect(results({ text: outside })).toBeNull());
  }
  for (const [name, inside, outside] of RESPONSIBILITY_7B) {
    it(`主体责任 ${name} — inside: ${inside}`, () => expect(responsibility({ text: inside })).not.toBeNull());
    it(`主体责任 ${name} — outside: ${outside}`, () => expect(responsibility({ text: outside })).toBeNull());
  }
  it('on the boundary: a state + 了 + a bare count of a share is still a state (少了一半)', () => {
    expect(results({ text: '路边的烟头少了一半。' })).not.toBeNull();
  });
  it('on the boundary: a title line as a heading claims no outcome, the same words in the body do', () => {
    expect(results({ text: '关于群众满意度明显提升的情况说明', heading: true })).toBeNull();
    expect(results({ text: '今年群众满意度明显提升。' })).not.toBeNull();
  });
  it('a verb ending a noun joined by 与 is no action, in the broad test too', () => {
    expect(broadMeasure('把社区书屋与老年食堂连在一起开放', '把社区书屋与老年食堂连在一起开放。')).not.toBeNull();
    expect(broadMeasure('把社区建设与物业管理结合起来', '把社区建设与物业管理结合起来。')).toBeNull();
    expect(measures({ text: '把家风建设与社区治理结合起来。' })).toBeNull();
  });
  it('a title line without a heading style (as a PDF gives it) is no measure and no outcome', () => {
    expect(measures({ text: '在各小区安装分类垃圾桶并张贴分类说明。' })).not.toBeNull();
    expect(measures({ text: '城关镇“文明餐桌”行动工作情况说明' })).toBeNull();
    expect(results({ text: '群众满意度明显提升。' })).not.toBeNull();
    expect(results({ text: '县文联关于群众文化素养提升工作的说明报告' })).toBeNull();
  });
  it('a rule of visits to named people served is a measure; a rule without them is not', () => {
    expect(measures({ text: '空巢老人必访、低保户必访。' })).not.toBeNull();
    expect(measures({ text: '逢会必讲、逢事必报。' })).toBeNull();
  });
  it('a heading under 下一步 that names data (一是抓好数据质量) is no empty 数据实例 section', () => {
    const text = ['一、主体责任', '局长负总责，副局长具体抓。', '二、工作数据', '全年抽检食品320批次。', '三、下一步打算', '一是抓好数据质量。继续做好数据归集。'].join('\n');
    const v = judgeElements(analyzeText({ pages: [text] }));
    expect(v.find((e) => e.element === '数据实例')?.emptyHeadings).toBeUndefined();
    const bare = ['一、主体责任', '局长负总责，副局长具体抓。', '二、工作数据', '另见附表。', '三、下一步打算', '继续做好数据归集。'].join('\n');
    expect(judgeElements(analyzeText({ pages: [bare] })).find((e) => e.element === '数据实例')?.emptyHeadings).toEqual([{ heading: '二、工作数据', page: 1 }]);
  });
  it('a case heading over a case told in words is not empty; over a pointer it is', () => {
    const head = ['一、主体责任', '站长负总责。', '二、数据', '全年义诊42场。', '典型案例'];
    const told = judgeElements(analyzeText({ pages: [[...head, '一位独居老人夜里摔倒，网格员听到呼救后叫来医生，把老人送到医院。'].join('\n')] }));
    expect(told.find((e) => e.element === '数据实例')?.emptyHeadings).toBeUndefined();
    const pointer = judgeElements(analyzeText({ pages: [[...head, '详见附件中的案例汇编材料。'].join('\n')] }));
    expect(pointer.find((e) => e.element === '数据实例')?.emptyHeadings).toEqual([{ heading: '典型案例', page: 1 }]);
  });
  it('on the boundary: a sentence citing a document may still state a measure after it', () => {
    expect(measures({ text: '执行《社区积分管理办法》（社发〔2026〕1号）。' })).toBeNull();
    expect(measures({ text: '执行清城管〔2026〕7号关于拆除违建的通知。' })).toBeNull();
    expect(measures({ text: '执行《社区积分管理办法》（社发〔2026〕1号），给每名楼长发一本积分册。' })).not.toBeNull();
  });
});
