/**
 * The traps of issue 11 ("What counts as an element"), each several times in wording of our own
 * (written for these tests, not taken from the labelled corpus in fixtures/elements/): sentences
 * that satisfy an element, and sentences that look as if they do but, by the standard, do not.
 * Then whole reports, where a trap is the only candidate for its element.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_TESTS } from '../../src/text/elements.js';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

type Row = [trap: string, want: 'y' | 'n', text: string];
const SENTENCES: Record<string, Row[]> = {
  主体责任: [
    ["leadership line / group head / lead office / person", 'y', "医院党委书记、院长共同担任创建工作领导小组组长。"],
    ["leadership line / group head / lead office / person", 'y', "镇长为第一责任人，宣传委员具体负责日常工作。"],
    ["leadership line / group head / lead office / person", 'y', "实行“局领导包街、股室包段”责任制。"],
    ["leadership line / group head / lead office / person", 'y', "执法大队大队长靠前指挥，各中队长负责本片区巡查。"],
    ["leadership line / group head / lead office / person", 'y', "图书馆馆长对全馆志愿服务工作负总责。"],
    ["leadership line / group head / lead office / person", 'y', "明确由政策法规股牵头，其他股室配合。"],
    ["leadership line / group head / lead office / person", 'y', "学校成立以校长为组长的文明校园创建工作小组。"],
    ["leadership line / group head / lead office / person", 'y', "局办公室主任张某具体负责台账资料。"],
    ["leadership line / group head / lead office / person", 'y', "指定一名副局长分管，配备两名专职联络员。"],
    ["leadership line / group head / lead office / person", 'y', "创建工作由分管副镇长统一调度。"],
    ["leadership line / group head / lead office / person", 'y', "党组书记是创建工作的第一责任人。"],
    ["leadership line / group head / lead office / person", 'y', "社区党支部书记任站长，负责统筹辖区志愿服务。"],
    ["leadership line / group head / lead office / person", 'y', "我局将创建任务分解到各股室，股室负责人为直接责任人。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "我局始终把文明创建作为一项政治任务来抓。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "全体职工人人参与、人人尽责。"],
    ["others' self-organisation", 'n', "村民自发组织成立了红白理事会，由老党员担任会长。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "县文明委统筹全县创建工作。"],
    ["others' self-organisation", 'n', "各经营户落实门前三包责任。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "我们切实增强责任感和使命感，扛牢创建责任。"],
    ["others' self-organisation", 'n', "商户们推举产生了市场自律小组。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "局党组多次召开会议研究部署创建工作。"],
    ["leadership line / group head / lead office / person", 'y', "形成了主要领导亲自抓、分管领导具体抓、各股室协同抓的工作格局。"],
    ["leadership line / group head / lead office / person", 'y', "院党委书记担任组长，院长担任常务副组长。"],
    ["leadership line / group head / lead office / person", 'y', "由局机关党委负责组织实施，局团委配合。"],
    ["leadership line / group head / lead office / person", 'y', "文明办设在局办公室，办公室主任兼任文明办主任。"],
    ["leadership line / group head / lead office / person", 'y', "站长王某全面负责站内志愿服务的组织协调。"],
    ["leadership line / group head / lead office / person", 'y', "我局实行创建工作“一把手”工程，局长亲自挂帅。"],
    ["leadership line / group head / lead office / person", 'y', "各片区由一名班子成员包联。"],
    ["leadership line / group head / lead office / person", 'y', "综合执法大队为责任单位，大队长为第一责任人。"],
    ["leadership line / group head / lead office / person", 'y', "明确一名副校长专门负责校园周边环境整治。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "按照“谁主管、谁负责”的原则，层层落实责任。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "全局干部职工积极投身创建工作。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "我中心将文明创建纳入年度重点工作。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "我局多次专题研究创建工作。"],
    ["others' self-organisation", 'n', "辖区居民自发组建了巡逻队，楼栋长带头参加。"],
    ["a county leader or body outside the unit", 'n', "县委主要领导多次到现场调研指导。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "各成员单位按照职责分工抓好落实。"],
    ["a county leader or body outside the unit", 'n', "县长亲自挂帅，副县长具体抓。"],
    ["a county leader or body outside the unit", 'n', "市委常委、副市长任组长。"],
    ["leadership line / group head / lead office / person", 'y', "团县委书记为第一责任人。"],
    ["leadership line / group head / lead office / person", 'y', "县委宣传部部长任领导小组组长，分管副部长具体负责。"],
    ["a county leader or body outside the unit", 'n', "该项工作由县文明办统筹负责。"],
    ["a county leader or body outside the unit", 'n', "我局积极配合县创文指挥部开展工作。"],
    ["others' self-organisation", 'n', "学校家委会成立了护学岗小组，由家长轮流值守。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "各成员单位各司其职、各负其责。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "我们按照属地管理原则，压实各乡镇责任。"],
    ["vague: the unit as subject, 高度重视, principles", 'n', "本单位负责辖区内公共场所的日常保洁。"],
    ["leadership line / group head / lead office / person", 'y', "由分管副主任牵头，综合科具体承办。"],
    ["leadership line / group head / lead office / person", 'y', "成立了由院长任组长的质量提升工作专班。"],
  ],
  部署文件: [
    ["a deployment document", 'y', "我局印发了《关于做好2025年清明祭扫文明引导工作的通知》。"],
    ["a deployment document", 'y', "制定《县交通运输局文明出行宣传月工作安排》。"],
    ["a deployment document", 'y', "根据县文明办下发的《2025年“我们的节日”活动指导意见》开展工作。"],
    ["a deployment document", 'y', "出台《城区占道经营管理暂行办法》。"],
    ["a deployment document", 'y', "按照清政办发〔2025〕21号文件，制定实施细则。"],
    ["a deployment document", 'y', "认真落实《清河县背街小巷环境整治三年行动方案》。"],
    ["a deployment document", 'y', "及时转发上级《关于深入推进移风易俗工作的指导意见》。"],
    ["a book, law, song, register or letter in 《》", 'n', "组织全体干部学习《之江新语》。"],
    ["a book, law, song, register or letter in 《》", 'n', "在学生中推广《弟子规》《三字经》诵读。"],
    ["a book, law, song, register or letter in 《》", 'n', "发放《市民文明手册》2000本。"],
    ["higher-level requirements without a document", 'n', "依照上级精神，迅速安排部署。"],
    ["higher-level requirements without a document", 'n', "根据县委县政府的统一安排，全面铺开。"],
    ["a book, law, song, register or letter in 《》", 'n', "在《清河日报》开设专栏。"],
    ["a book, law, song, register or letter in 《》", 'n', "演唱《歌唱祖国》等红色歌曲。"],
    ["higher-level requirements without a document", 'n', "各站点统一使用《志愿服务签到表》。"],
    ["a deployment document", 'y', "结合《清河县2025年文明交通提升行动实施方案》，制定我站工作计划。"],
    ["a deployment document", 'y', "下发了清交字〔2025〕14号文件。"],
    ["a deployment document", 'y', "依据《关于印发〈清河县农贸市场长效管理办法〉的通知》执行。"],
    ["a deployment document", 'y', "先后制定《文明窗口创建实施细则》《窗口服务规范》。"],
    ["a deployment document", 'y', "贯彻落实县委办、县政府办《关于加强新时代志愿服务工作的实施意见》精神。"],
    ["higher-level requirements without a document", 'n', "按照全国文明城市测评体系的要求，逐条对照落实。"],
    ["a book, law, song, register or letter in 《》", 'n', "组织党员学习《习近平新时代中国特色社会主义思想学习纲要》。"],
    ["a book, law, song, register or letter in 《》", 'n', "向家长发放《致全县中小学生家长的一封信》。"],
    ["a book, law, song, register or letter in 《》", 'n', "编发《创建工作简报》12期。"],
    ["a book, law, song, register or letter in 《》", 'n', "严格执行《中华人民共和国食品安全法》。"],
    ["a book, law, song, register or letter in 《》", 'n', "在全县推广《文明餐桌公约》。"],
    ["higher-level requirements without a document", 'n', "及时传达上级会议精神，贯彻落实上级的部署要求。"],
  ],
  具体措施: [
    ["a concrete action", 'y', "在城区12个公交站台增设便民座椅。"],
    ["a concrete action", 'y', "组织执法人员对占道经营开展早晚错时巡查。"],
    ["a concrete action", 'y', "为环卫工人建设“爱心驿站”8处。"],
    ["a concrete action", 'y', "举办全县农村红白理事会会长培训班。"],
    ["a concrete action", 'y', "在县城广场举办“全民健身日”展示活动。"],
    ["a concrete action", 'y', "推行门前“三包”责任书签订制度。"],
    ["a concrete action", 'y', "对全县中小学食堂进行拉网式排查。"],
    ["a concrete action", 'y', "开通老年人预约挂号专线。"],
    ["a concrete action", 'y', "组织青年志愿者在景区开展文明旅游引导。"],
    ["a concrete action", 'y', "实行“红黄绿”三色分级监管。"],
    ["a concrete action", 'y', "在农村推广垃圾分类“两次四分”法。"],
    ["a concrete action", 'y', "定期召开文明经营户评议会。"],
    ["stock phrases", 'n', "我们始终坚持问题导向、目标导向、结果导向。"],
    ["stock phrases", 'n', "切实做到领导到位、责任到位、措施到位。"],
    ["stock phrases", 'n', "坚持高起点规划、高标准建设、高效能管理。"],
    ["stock phrases", 'n', "积极营造人人参与创建的良好氛围。"],
    ["stock phrases", 'n', "认真抓好各项工作的落实。"],
    ["stock phrases", 'n', "以创建促提升，以提升促发展。"],
    ["stock figures", 'n', "现有城区道路48条，公厕36座。"],
    ["setting up the leading group", 'n', "建立了创建工作领导小组，下设办公室。"],
    ["stock phrases", 'n', "多措并举，综合施策，确保取得实效。"],
    ["stock phrases", 'n', "进一步加大工作力度，推动工作再上新台阶。"],
    ["a concrete action", 'y', "在县城主干道两侧更换破损垃圾箱。"],
    ["a concrete action", 'y', "对城区沿街门店实行“门前三包”签约管理。"],
    ["a concrete action", 'y', "利用微信公众号推送文明健康知识。"],
    ["a concrete action", 'y', "组建由退休教师组成的“五老”宣讲队。"],
    ["a concrete action", 'y', "在各村文化广场开展“乡村大舞台”文艺汇演。"],
    ["a concrete action", 'y', "对农贸市场实行划行归市改造。"],
    ["a concrete action", 'y', "每周五开展“环境卫生大扫除”。"],
    ["a concrete action", 'y', "聘请20名文明督导员进行常态化巡查。"],
    ["a concrete action", 'y', "建设城市书房3处。"],
    ["a concrete action", 'y', "对未按规定分类的商户下发整改通知书。"],
    ["stock phrases", 'n', "我们始终坚持以人民为中心的发展思想。"],
    ["stock phrases", 'n', "以钉钉子精神抓好各项工作。"],
    ["stock phrases", 'n', "统筹兼顾，突出重点，全面铺开。"],
    ["stock phrases", 'n', "在抓好日常工作的同时，着力补齐短板弱项。"],
    ["stock phrases", 'n', "把创建工作融入日常、抓在经常。"],
    ["setting up the leading group", 'n', "完善了领导小组成员及办公室人员配置。"],
    ["stock figures", 'n', "全县共有乡镇文化站12个、村级文化室186个。"],
    ["stock phrases", 'n', "坚持创建为民、创建惠民、创建靠民。"],
    ["stock phrases", 'n', "做到守土有责、守土负责、守土尽责。"],
    ["stock phrases", 'n', "召开全局创建工作动员大会，传达上级会议精神。"],
    ["stock phrases", 'n', "印发了创建工作实施方案，明确了目标任务。"],
    ["stock phrases", 'n', "层层签订目标责任书，把任务分解到人。"],
    ["stock phrases", 'n', "积极开展宣传教育，营造良好氛围。"],
    ["stock phrases", 'n', "认真开展自查自纠工作。"],
    ["stock phrases", 'n', "创新工作方法，提升工作效能。"],
    ["stock phrases", 'n', "不断完善各项规章制度。"],
    ["stock phrases", 'n', "加强队伍建设，提升服务能力。"],
    ["stock phrases", 'n', "认真组织开展各项创建活动。"],
    ["a concrete action", 'y', "开展“文明餐桌·光盘行动”进餐馆宣传。"],
    ["a concrete action", 'y', "在城区学校周边设置护学岗，安排民警每日早晚值守。"],
    ["a concrete action", 'y', "为全县环卫工人免费体检。"],
    ["a concrete action", 'y', "对老旧小区实施加装电梯改造。"],
    ["a concrete action", 'y', "组织干部职工到县烈士陵园开展祭扫活动。"],
    ["a concrete action", 'y', "建立问题台账，实行销号管理。"],
  ],
  数据实例: [
    ["a quantity with a unit", 'y', "全年共查处违规广告牌63块。"],
    ["a quantity with a unit", 'y', "发放倡议书一万余份。"],
    ["a quantity with a unit", 'y', "覆盖群众约4.5万人。"],
    ["a quantity with a unit", 'y', "培训村级红白理事会成员三百余名。"],
    ["a quantity with a unit", 'y', "新增停车泊位560个。"],
    ["a quantity with a unit", 'y', "累计服务时长1.8万小时。"],
    ["a quantity with a unit", 'y', "整治背街小巷二十三条。"],
    ["a quantity with a unit", 'y', "受理群众投诉47件。"],
    ["a date or 文号", 'n', "本次活动于2025年4月5日举行。"],
    ["a date or 文号", 'n', "依据清市监〔2025〕8号文件开展。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "群众可拨打12315投诉举报。"],
    ["a pointer to an attachment", 'n', "相关数据见附件3。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "活动在县第二实验小学举行。"],
    ["a pointer to an attachment", 'n', "统计数据另行报送。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "第一，加强领导；第二，完善制度。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "开展“119”消防宣传月活动。"],
    ["a date or 文号", 'n', "开展“3·15”消费者权益日宣传。"],
    ["a quantity with a unit", 'y', "劝导不文明行为1200余起。"],
    ["a quantity with a unit", 'y', "共有志愿者三百五十人参与。"],
    ["a quantity with a unit", 'y', "清理小广告2.3万张。"],
    ["a quantity with a unit", 'y', "全年接待游客达86万人次。"],
    ["a quantity with a unit", 'y', "铺设盲道3.2公里。"],
    ["a quantity with a unit", 'y', "检查餐饮门店四百余家。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "开展“十四五”规划宣传。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "县城获评4A级旅游景区。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "开展“五四”青年节主题活动。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "在“六一”儿童节举办游园会。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "推行“一老一小”关爱服务。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "落实“双减”政策。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "在3号楼会议室召开推进会。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "开通“110”“120”联动机制。"],
    ["a pointer to an attachment", 'n', "活动数据附后。"],
    ["a pointer to an attachment", 'n', "具体情况见附件2—4。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "2025年上半年，我局全面启动创建工作。"],
    ["a date or 文号", 'n', "在9月20日“公民道德宣传日”开展宣传。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "全县各乡镇均已建立志愿服务队。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "参照GB/T 19001标准开展认证。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "在G205国道沿线开展整治。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "全面推行“1+N”服务模式。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "开展“3+1”结对帮扶。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "拨打0315-1234567咨询。"],
    ["an ordinal, name, hotline or fixed term with digits", 'n', "获评AAA级信用企业。"],
    ["a quantity with a unit", 'y', "新增充电桩45个。"],
    ["a quantity with a unit", 'y', "帮扶困难群众七十二户。"],
    ["a quantity with a unit", 'y', "处理投诉两千余件。"],
    ["a quantity with a unit", 'y', "资金投入达350万。"],
    ["a quantity with a unit", 'y', "全县城区绿化覆盖率达42.3%。"],
  ],
  取得成效: [
    ["an outcome claimed", 'y', "占道经营现象基本杜绝。"],
    ["an outcome claimed", 'y', "城区道路通行秩序明显好转。"],
    ["an outcome claimed", 'y', "群众文明出行意识不断增强。"],
    ["an outcome claimed", 'y', "我馆获评“全省最美公共文化空间”。"],
    ["an outcome claimed", 'y', "居民对社区环境满意度达到97%。"],
    ["an outcome claimed", 'y', "孩子们在活动中增长了知识，陶冶了情操。"],
    ["an outcome claimed", 'y', "农村大操大办之风得到有效遏制。"],
    ["an outcome claimed", 'y', "“文明餐桌”理念深入人心。"],
    ["an outcome claimed", 'y', "市场环境面貌焕然一新。"],
    ["an outcome claimed", 'y', "交通事故数量同比下降18%。"],
    ["an outcome claimed", 'y', "学校被评为省级文明校园。"],
    ["a target or intention", 'n', "力争年内创建成功。"],
    ["a target or intention", 'n', "计划通过三年努力，使群众满意度达到95%以上。"],
    ["a result inside a shortcoming", 'n', "工作虽有成效，但离群众期盼仍有差距。"],
    ["counts of activities or participants", 'n', "共举办活动18场次，吸引群众2600余人次参与。"],
    ["a target or intention", 'n', "争取早日通过省级验收。"],
    ["a target or intention", 'n', "要确保创建工作取得实实在在的成效。"],
    ["a result inside a shortcoming", 'n', "部分市民文明意识仍然不强。"],
    ["an outcome claimed", 'y', "辖区内乱扔乱倒现象少了，居民笑容多了。"],
    ["an outcome claimed", 'y', "城区道路秩序井然，交通违法行为显著减少。"],
    ["an outcome claimed", 'y', "志愿服务覆盖全县所有行政村。"],
    ["an outcome claimed", 'y', "我局窗口连续两年保持“零投诉”。"],
    ["an outcome claimed", 'y', "该做法在全市推广。"],
    ["an outcome claimed", 'y', "群众对文明创建的支持率和满意度逐年提高。"],
    ["an outcome claimed", 'y', "广大市民文明素质和城市文明程度有了明显提高。"],
    ["an outcome claimed", 'y', "全县未发生一起重大食品安全事故。"],
    ["an outcome claimed", 'y', "居民们纷纷表示环境变好了。"],
    ["a target or intention", 'n', "预计到年底，垃圾分类覆盖率将达到80%。"],
    ["a target or intention", 'n', "到2026年，实现城区公厕全部达标。"],
    ["a result inside a shortcoming", 'n', "群众对个别窗口的服务满意度还不高。"],
    ["counts of activities or participants", 'n', "活动参与人数达3000余人次。"],
    ["a target or intention", 'n', "以期达到更好的宣传效果。"],
    ["a target or intention", 'n', "有效提升群众满意度是我们努力的方向。"],
    ["a target or intention", 'n', "通过开展活动，进一步提升市民文明素养。"],
    ["counts of activities or participants", 'n', "全年发放宣传资料2万份，张贴海报500张。"],
    ["a target or intention", 'n', "力求实现管理规范化、服务精细化。"],
    ["a target or intention", 'n', "为群众办实事、解难题。"],
    ["a target or intention", 'n', "要让群众有更多的获得感。"],
    ["a target or intention", 'n', "通过活动，旨在增强青少年的爱国意识。"],
    ["counts of activities or participants", 'n', "活动共吸引3000余名群众参加。"],
    ["counts of activities or participants", 'n', "共受理群众诉求860件，办结840件。"],
    ["a result inside a shortcoming", 'n', "当前，群众满意度仍有提升空间。"],
    ["a result inside a shortcoming", 'n', "与先进地区相比，我县文明程度还有较大差距。"],
    ["a target or intention", 'n', "将进一步提升城市品位。"],
    ["a target or intention", 'n', "努力实现环境卫生持续改善。"],
    ["a target or intention", 'n', "预期群众满意度将明显提升。"],
    ["a target or intention", 'n', "确保年底前取得阶段性成果。"],
    ["a target or intention", 'n', "树立良好形象。"],
    ["an outcome claimed", 'y', "城区环境卫生面貌得到根本改善。"],
    ["an outcome claimed", 'y', "群众纷纷称赞。"],
    ["an outcome claimed", 'y', "违章停车由每天百余起降至十余起。"],
    ["an outcome claimed", 'y', "我县成功创建省级文明城市。"],
    ["an outcome claimed", 'y', "城市管理水平迈上新台阶。"],
    ["an outcome claimed", 'y', "学生近视率下降2.1个百分点。"],
    ["an outcome claimed", 'y', "老年人就医难问题有效缓解。"],
    ["an outcome claimed", 'y', "群众安全感满意度位居全市前列。"],
  ],};

describe.each(Object.entries(SENTENCES))('%s', (element, rows) => {
  it.each(rows)('%s (%s): %s', (_trap, want, text) => {
    expect(ELEMENT_TESTS[element]({ text }) !== null).toBe(want === 'y');
  });
});

/** A report as lines; `# ` marks a styled heading. Returns the elements judged missing and the empty headings. */
function judge(lines: string[]) {
  const headings = lines.filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
  const facts = analyzeText({ pages: [lines.map((l) => l.replace(/^# /, '')).join('\n')], paged: false, joinLines: false, headings });
  const v = judgeElements(facts);
  return {
    missing: v.filter((x) => x.status === 'missing').map((x) => x.element),
    empty: v.flatMap((x) => (x.emptyHeadings ?? []).map((h) => h.heading)),
  };
}

describe('whole reports: a trap is the only candidate for its element', () => {
  it('a results heading over （略）, with counts elsewhere: 取得成效 missing and its heading empty', () => {
    const r = judge([
      '清河县水利局河湖长制工作情况说明',
      '一、组织领导',
      '局长为河湖长制工作第一责任人，分管副局长具体负责，河湖管理股承担日常事务。',
      '二、工作依据',
      '依据县委办、县政府办《清河县全面推行河湖长制工作方案》（清办发〔2024〕11号）部署开展。',
      '三、主要做法',
      '一是开展清河、柳河两条河道“清四乱”专项行动；二是在沿河村庄设立河湖长公示牌；三是聘请民间河长开展日常巡河。',
      '四、有关数据',
      '全年巡河1460次，清理河道垃圾320吨，拆除违章建筑14处。',
      '五、工作成效',
      '（略）',
    ]);
    expect(r.missing).toEqual(['取得成效']);
    expect(r.empty).toEqual(['五、工作成效']);
  });

  it('higher-level requirements and an attachment pointer: 部署文件 and 数据实例 missing', () => {
    const r = judge([
      '清河县司法局关于法治宣传教育工作的情况报告',
      '今年以来，我局按照上级有关文件精神和县委县政府的统一部署，扎实开展法治宣传教育。局党组书记、局长对普法工作负总责，普法与依法治理股牵头，各司法所具体实施。',
      '我们组织律师、法律明白人深入村组开展“法律进乡村”巡回宣讲，在县城广场举办宪法宣传周集中宣传活动，在各中小学配齐法治副校长。宣传资料详见附件，活动照片另附。',
      '通过宣传，群众尊法学法守法用法意识明显增强，基层矛盾纠纷就地化解能力不断提高。',
    ]);
    expect(r.missing).toEqual(['部署文件', '数据实例']);
  });

  it('stock phrases, the leading group and stock figures under 具体措施; a target under 下一步: 具体措施 missing', () => {
    const r = judge([
      '清河县商务局2025年诚信经营工作总结',
      '一、高度重视，压实责任',
      '局党组将诚信建设列入重要议事日程，成立由局长任组长的诚信经营工作领导小组，领导小组下设办公室，由市场运行股负责日常工作。',
      '二、加强部署，狠抓落实',
      '印发了《清河县商务领域诚信经营示范创建工作方案》。我们坚持统筹推进、重点突破，强化责任落实，加大宣传力度，营造诚信经营的浓厚氛围，推动诚信建设制度化、常态化。',
      '三、工作成效',
      '全县现有商贸企业320家，个体工商户4600余户。全县商贸流通领域诚信经营水平明显提升，消费投诉同比下降21%。',
      '四、存在问题',
      '部分小商户诚信意识仍然淡薄，示范带动作用发挥不够。',
      '五、下一步打算',
      '将开展诚信经营示范街评选，举办诚信经营业务培训。',
    ]);
    expect(r.missing).toEqual(['具体措施']);
  });

  it('counts under the results heading, a result in the shortcoming, a target in the plan: 取得成效 missing', () => {
    const r = judge([
      '清河县民政局2025年移风易俗工作总结',
      '（一）责任落实情况',
      '成立由局党组书记、局长任组长的移风易俗工作领导小组，分管副局长任副组长，社会事务股股长负责具体工作。',
      '（二）部署情况',
      '制发《清河县民政局推进移风易俗树立文明新风实施方案》（清民发〔2025〕9号）。',
      '（三）主要措施',
      '指导全县218个村修订完善村规民约；在乡镇开展集体婚礼和文明祭扫宣传；建设公益性公墓5处。',
      '（四）取得的成效',
      '全年共开展移风易俗宣传活动86场次，参与群众1.5万人次，发放倡议书3万份。',
      '（五）存在的问题',
      '部分群众观念转变较慢，大操大办现象在个别村仍有发生，工作成效有待进一步巩固。',
      '（六）下一步工作',
      '力争到年底实现红白理事会全覆盖，群众满意度达到95%以上。',
    ]);
    expect(r.missing).toEqual(['取得成效']);
    expect(r.empty).toEqual(['（四）取得的成效']);
  });

  it('the unit as subject, a county leader and shopkeepers’ own street chief; a target as the only result', () => {
    const r = judge([
      '清河县城管局关于门前三包工作的说明',
      '我局负责全县城区市容市貌管理，认真履行行业监管职责，把门前三包作为创建工作的重要内容来抓，全局上下齐抓共管。县委书记任县创文指挥部总指挥，多次调研指导。',
      '根据县创文指挥部《城区门前三包责任制管理办法》，我局与沿街商户签订门前三包责任书，组建商户自律监督队，每天早晚两次对主次干道进行巡查。商户们自发推选了街长。',
      '截至11月底，共签订责任书2860份，劝导整改问题1930处。下一步力争年底前实现主次干道门前三包全覆盖，确保商户满意度达到90%以上。',
    ]);
    expect(r.missing).toEqual(['主体责任', '取得成效']);
  });

  it('dates, a building number, festival names and an attachment pointer are no data', () => {
    const r = judge([
      '# 清河县团县委青年志愿服务工作说明',
      '团县委书记为青年志愿服务第一责任人，由志愿者工作部负责组织实施。',
      '按照团市委《关于开展2025年“青春志愿行”活动的通知》，团县委开展“一助一”结对帮扶和“青春护河”志愿服务，在县城主要路口开展文明交通志愿引导。',
      '“五四”“七一”期间，组织青年志愿者走进敬老院慰问，活动照片及人数统计见附件。“青春护河”行动从3月12日开始，每月第一个周六集中开展，地点在二号楼报告厅。',
      '青年志愿服务在全县蔚然成风，“青春护河”项目获评全市优秀志愿服务项目。',
    ]);
    expect(r.missing).toEqual(['数据实例']);
  });

  it('books, a law, a film and a register in 《》 are no deployment document', () => {
    const r = judge([
      '# 一、主体责任',
      '由局长负总责，分管副局长具体抓，市场管理股牵头负责。',
      '# 二、部署文件',
      '按照上级部署要求，结合我县实际，认真抓好落实。组织导游学习《导游人员管理条例》，在景区推广《文明旅游公约》，播放电视剧《山海情》。活动情况登记在《文明旅游活动台账》中。',
      '# 三、具体措施',
      '在县内景区设立文明旅游志愿服务岗，开展“文明旅游随手拍”活动，对导游开展文明旅游专题培训。',
      '# 四、数据实例',
      '全年培训导游及从业人员260人次。',
      '# 五、取得成效',
      '景区不文明旅游行为明显减少，游客满意度达到96%。',
    ]);
    expect(r.missing).toEqual(['部署文件']);
    expect(r.empty).toEqual(['二、部署文件']);
  });

  it('every element present with no headings at all, spread over paragraphs', () => {
    const r = judge([
      '清河县税务局“便民办税春风行动”说明报告',
      '本局坚持“一把手”抓、抓“一把手”，局长对便民办税工作负总责，纳税服务股牵头，办税服务厅具体落实。',
      '依据省税务局《2025年“便民办税春风行动”实施意见》，我局推出“非接触式”办税，在办税服务厅设置老年人绿色通道和“办不成事”反映窗口。',
      '上半年网上办税率达到93.6%，为小微企业办理减免税费1.2亿元。',
      '纳税人办税时间平均缩短一半，纳税人满意度在全市排名第一。',
    ]);
    expect(r.missing).toEqual([]);
    expect(r.empty).toEqual([]);
  });
});
