/**
 * Session 21 (misfires21): review20's reported, unfixed misfires, each a row in this test's own words with the verdict the
 * label standard gives (fixtures/elements/README.md), decided before running, and a boundary row just outside the rule.
 */
import { describe, expect, it } from 'vitest';
import { status, type Row } from './rules-alone.js';

// The rules alone (test/report/rules-alone.ts): the vetoes undone, so a row tests the detector, not the retrained weights.

describe('session 21: review20’s open misfires (duties to come, 现在…了, knowing, perceiving, the served’s own charge)', () => {
  const rows: Row[] = [
    ['具体措施', '+', "a heading opening with a verb of pursuing the work (聚焦重点任务): its deeds are told", ["清河县城管局关于创文工作的情况报告", "一、组织领导", "局长为第一责任人。", "二、聚焦重点任务", "城管执法大队每周五晚开展夜查，清理占道摊点86处。", "清河县城管局"]],
    ['具体措施', '-', "boundary: the task list’s own heading (二、重点任务), the deed not told done", ["清河县城管局关于创文工作的情况报告", "一、组织领导", "局长为第一责任人。", "二、重点任务", "城管执法大队每周五晚开展夜查，清理占道摊点。", "清河县城管局"]],
    ['具体措施', '+', "a work log: a clock time opening a line tells when it happened", ["清河县市场监管局创文工作日志", "3月5日", "8:30 局长带队检查城区农贸市场3家，发现问题5处当场交办。", "清河县市场监管局"]],
    ['具体措施', '-', "boundary: a schedule (…活动流程): a clock line is to come", ["清河县市场监管局“3·15”活动流程", "8:30 局长带队检查城区农贸市场3家", "清河县市场监管局"]],
    ['具体措施', '-', "a plan handed in: 于…举行，届时将… is announced (the plan’s heading)", ["清河县妇联“最美家庭”表彰活动方案", "二、活动内容", "本次活动于6月18日上午在人民广场举行，届时将为10户“最美家庭”颁奖。", "清河县妇联"]],
    ['具体措施', '+', "boundary: the same event told without 届时将 in a report is held", ["清河县妇联关于“最美家庭”评选的报告", "本次活动于6月18日上午在人民广场举行，为10户“最美家庭”颁奖。", "清河县妇联"]],
    ['具体措施', '-', "an event 于…举行 with 届时将… in a report is announced too", ["清河县妇联关于“最美家庭”评选的报告", "本次活动于6月18日上午在人民广场举行，届时将为10户“最美家庭”颁奖。", "清河县妇联"]],
    ['具体措施', '+', "boundary: told done (顺利举行 / 颁了奖) is held whatever follows", ["清河县妇联关于“最美家庭”评选的报告", "颁奖仪式于6月18日上午在人民广场顺利举行，县领导为10户“最美家庭”颁了奖。", "清河县妇联"]],
    ['取得成效', '+', "train 5316: a smell no longer smelt (现在基本闻不到烟味了) is a harm gone", ["清河县卫健委关于无烟机关建设的报告", "从效果看，委机关办公区、楼梯间现在基本闻不到烟味了，干部职工普遍支持。", "清河县卫健委"]],
    ['取得成效', '+', "a bad thing no longer seen (看不到乱扔的烟头了) stays an outcome", ["清河县卫健委关于无烟机关建设的报告", "现在楼道里基本看不到乱扔的烟头了。", "清河县卫健委"]],
    ['取得成效', '-', "boundary: a good thing no longer seen (看不到跳舞的人了) is a loss", ["清河县文旅局关于广场活动的报告", "天冷以后，广场上看不到跳舞的人了。", "清河县文旅局"]],
    ['取得成效', '+', "lead ruling 09:01: the unit’s staff knowing what its work taught them (干部职工认识了…重要性) is an effect on people", ["清河县应急局关于安全宣传的报告", "通过学习，干部职工认识了安全生产的重要性。", "清河县应急局"]],
    ['取得成效', '+', "boundary: the served knowing (居民认识了…，学会了…) is", ["清河县应急局关于安全宣传的报告", "通过宣讲，辖区居民认识了燃气泄漏的危险，学会了关阀开窗。", "清河县应急局"]],
    ['取得成效', '+', "boundary: the served realising the importance of a thing is still their knowing", ["清河县应急局关于安全宣传的报告", "通过宣讲，不少居民认识了垃圾分类的重要性。", "清河县应急局"]],
    ['取得成效', '-', "现在…了 telling a round of work at a frequency by someone not served (社区医生每周都上门…了)", ["清河县卫健委关于家庭医生签约的报告", "现在社区医生每周都上门给老人量血压了。", "清河县卫健委"]],
    ['取得成效', '+', "boundary: the served now able (老人们在家门口就能量血压了)", ["清河县卫健委关于家庭医生签约的报告", "现在老人们在家门口就能量血压了。", "清河县卫健委"]],
    ['主体责任', '-', "the served holding their own charge (明确，家长为孩子…第一责任人) is not the unit’s", ["清河县教育局关于学生交通安全的报告", "我们在开学第一课上明确，家长为孩子上下学交通安全第一责任人。", "清河县教育局"]],
    ['主体责任', '-', "the served as the holder opening the sentence (家长是…第一责任人)", ["清河县教育局关于学生交通安全的报告", "家长是孩子上下学交通安全的第一责任人，学校每学期召开家长会两次。", "清河县教育局"]],
    ['主体责任', '+', "boundary: the unit’s head in charge with the served after (局长为…第一责任人，家长配合…)", ["清河县教育局关于学生交通安全的报告", "局长为学生交通安全第一责任人，家长配合学校做好接送。", "清河县教育局"]],
  ];
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 21: false "missing" on train — a then/now contrast with a later clause', () => {
  const rows: Row[] = [
    ['取得成效', '+', 'a later clause telling a bad thing gone (…，开水也没有水垢了) is more of the change (train 10747)', ['清河县自来水有限公司关于文明服务的情况报告', '公司更换了锈蚀管网。', '以前拧开水龙头先流黄水，现在打开就是清水，烧出来的开水也没有水垢了。', '清河县自来水有限公司']],
    ['取得成效', '-', 'boundary: the negation in the after’s own clause (现在还是没人管)', ['清河县城管局关于背街小巷整治的情况报告', '局里组织清理了背街小巷的垃圾。', '以前这条巷子垃圾成堆，现在还是没人管。', '清河县城管局']],
    ['取得成效', '+', 'a good change named and then judged marked (成绩进步明显; train 12350)', ['清河县实验中学关于学生资助工作的情况报告', '学校组织班主任逐一家访核实困难学生。', '不少受助学生成绩进步明显。', '清河县实验中学']],
    ['取得成效', '-', 'boundary: the change judged not marked enough (进步不够明显)', ['清河县实验中学关于学生资助工作的情况报告', '学校组织班主任逐一家访核实困难学生。', '受助学生成绩进步不够明显。', '清河县实验中学']],
    ['取得成效', '-', 'boundary: a count of the unit’s work growing marked (刊播量提升明显; train 9514’s form)', ['清河县融媒体中心关于公益广告的情况报告', '中心组织制作公益广告12部。', '公益广告刊播量提升明显。', '清河县融媒体中心']],
    ['取得成效', '-', 'boundary: a bad thing growing marked (投诉增加明显)', ['清河县实验中学关于食堂管理的情况报告', '学校组织开展食堂检查。', '家长对食堂的投诉增加明显。', '清河县实验中学']],
  ];
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 21: review21’s probes of this increment', () => {
  const rows: Row[] = [
    ['主体责任', '+', 'a village’s own post (村民小组长为本组…第一责任人) is no served person holding their own', ['清河县石桥镇后营村关于人居环境整治的情况报告', '村里实行包组责任制，村民小组长为本组环境卫生第一责任人，村两委成员分片督导。', '后营村村民委员会']],
    ['取得成效', '+', 'a village’s villagers learning (全村党员群众都学会了…)', ['清河县石桥镇后营村关于垃圾分类的情况报告', '村里组织垃圾分类培训6场。', '全村党员群众都学会了垃圾分类投放。', '后营村村民委员会']],
    ['具体措施', '-', 'an instrument’s verb-first task heading (…实施方案 / 二、聚焦重点任务) is still the plan’s part', ['清河县城管局2026年创文工作实施方案', '一、工作目标', '城区主次干道占道经营得到有效治理。', '二、聚焦重点任务', '组织执法队员对城区占道经营开展夜间巡查。', '清河县城管局']],
  ];
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});
