/**
 * Session 19, helper `measures19`. Task 1: one template-instruction mask (element-mood.ts maskInstructions) instead of
 * three (charge18's maskPlaceholders for 主体责任 / 部署文件, agent18's maskInstructions for every element, measures18's
 * FORM_PROMPT for 具体措施), with one verb list, applied once to every element. Rows just inside and just outside each
 * line, in this test's own words (not from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import { maskInstructions } from '../../src/text/element-mood.js';

const status = (lines: string[], element: string) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] })).find((v) => v.element === element)?.status;
type Row = [string, '+' | '-', string, string[]];
const run = (rows: Row[]) => {
  for (const [element, expected, what, lines] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'missing'}: ${what}`, () => {
      expect(status(lines, element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
};
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的报告`, ...body, unit];
const blank = (s: string) => s.replace(/\S/g, '□');

describe('session 19: one mask for a note to the filler, every element', () => {
  it('the three masks’ forms, each now one mask’s', () => {
    // opened by a verb of filling in, bare or after 请 / 此处 (was FORM_PROMPT's and maskInstructions')
    expect(maskInstructions('（请列举具体措施，如结对帮扶、心理辅导等）')).toBe(blank('（请列举具体措施，如结对帮扶、心理辅导等）'));
    expect(maskInstructions('【列举开展的活动，如志愿服务等】')).toBe(blank('【列举开展的活动，如志愿服务等】'));
    // opened and left unclosed at the sentence's end
    expect(maskInstructions('具体措施：（请列举具体措施，如结对帮扶')).toBe('具体措施：' + blank('（请列举具体措施，如结对帮扶'));
    // asking within its first words (was maskPlaceholders' only)
    expect(maskInstructions('（如有变动，请及时填写）')).toBe(blank('（如有变动，请及时填写）'));
    // a value still to come, closing or inside the note
    expect(maskInstructions('整治后（待补拍）')).toBe('整治后□□□□□');
    expect(maskInstructions('《…实施方案》（待补充文号，请经办股室查）')).toBe('《…实施方案》' + blank('（待补充文号，请经办股室查）'));
  });
  it('just outside: a told note keeps its words', () => {
    for (const told of ['（说明：本月组织执法队员开展集中整治3次）', '（附后）', '（由办公室主任张某某负责填写、报送）', '（原件存院办，数据不在此摘录）', '（借阅数据已另表报送，此处不再展开）', '（成效待学期末评估）'])
      expect(maskInstructions(told)).toBe(told);
  });
  run([
    // 具体措施 now reads past a note asking in its first words (before: FORM_PROMPT needed the verb to open the bracket).
    ['具体措施', '-', 'a deed named only inside a note asking for it', report('清河县XX局', '创文工作', '主要做法：（如有，请列举开展的活动，如组织志愿者清理河道等）')],
    ['具体措施', '+', 'just outside: the same deed told', report('清河县水利局', '创文工作', '主要做法：组织志愿者清理河道3次。')],
    // 主体责任 no longer loses a told note holding 在此 / 此处 in passing (before: maskPlaceholders blanked it).
    ['主体责任', '+', 'a told note holding 在此 in passing', report('清河县人民医院', '满意度调查', '满意度调查工作（由院办主任李明牵头负责，原始问卷不在此摘录）')],
    ['主体责任', '-', 'just inside: a note asking for the one in charge', report('清河县XX局', '创文工作', '满意度调查工作（如有牵头人，请填写姓名及职务）')],
  ]);
});

/**
 * Session 19, task 2 (具体措施 on the seventeenth set's registers): principles, each with rows just inside and just outside.
 */
describe('session 19: a task is a deed only when told done (任务分解表 / 责任清单)', () => {
  const head = '序号｜工作任务｜责任领导｜责任股室｜完成时限｜完成情况';
  run([
    ['具体措施', '-', 'rows whose status is empty / 推进中 / 未开展', report('清河县城管局', '背街小巷整治任务', head, '1｜占道堆物清理｜副局长郭某｜执法大队｜7月底｜推进中', '2｜路灯补亮、绿化补植｜副局长陈某｜园林股｜10月底｜', '3｜店招店牌规范｜副局长郭某｜市容股｜9月底｜未开展，待设计方案确定', '4｜导游文明培训｜副局长何某｜市场股｜7月底｜（待安排）')],
    ['具体措施', '+', 'just outside: a row told done (已完成)', report('清河县城管局', '背街小巷整治任务', head, '1｜占道堆物清理｜副局长郭某｜执法大队｜7月底｜已完成')],
    ['具体措施', '+', 'just outside: a status telling what was done', report('清河县交警大队', '停放秩序整治任务', head, '1｜共享单车企业约谈｜副大队长林某｜秩序科｜4月底｜约谈共享单车企业3家')],
    ['具体措施', '-', 'a deadline alone makes it a plan', report('清河县城管局', '背街小巷整治任务', '序号｜工作任务｜责任领导｜完成时限', '1｜占道堆物清理｜副局长郭某｜7月底', '2｜路灯补亮、绿化补植｜副局长陈某｜10月底')],
    ['具体措施', '-', 'keyed lines: 任务N：… with 完成情况 not done', report('清河县融媒体中心', '公益广告任务', '任务1：在城区设置公益广告牌12块；', '责任领导：副主任龚某；', '完成时限：7月底；', '完成情况：未开展。', '任务2：家庭教育指导服务站建设；责任领导：副局长邵某；完成时限：12月底；完成情况：尚未启动。')],
    ['具体措施', '+', 'just outside: keyed line told done', report('清河县融媒体中心', '公益广告任务', '任务1：在城区设置公益广告牌12块；', '责任领导：副主任龚某；', '完成时限：7月底；', '完成情况：已完成。')],
    ['具体措施', '+', 'just outside: 未 inside a deed told (对未冲洗出场的车辆当场劝返)', report('清河县住建局', '扬尘治理任务', head, '1｜渣土车冲洗设施｜副局长卢某｜建管股｜5月底｜抽查项目冲洗记录，对未冲洗出场的车辆当场劝返')],
  ]);
});

describe('session 19: the unit named by a title without 关于 (…创文工作简报)', () => {
  run([
    ['具体措施', '+', 'the unit named in a 简报 title acts', ['清河县教育局创文工作简报（第8期）', '本报讯 秋季开学首日，县教育局组织城区中小学在校门口设立“护学岗”。']],
  ]);
});

describe('session 19: whose deed, whose demand (宣讲稿)', () => {
  run([
    ['具体措施', '-', 'a document requires, its content after the comma', report('清河县林业局', '科学绿化', '国务院办公厅《关于科学绿化的指导意见》要求，走科学、生态、节俭的绿化发展之路。')],
    ['具体措施', '+', 'just outside: acting on the requirement (按照…要求，)', report('清河县林业局', '科学绿化', '按照《关于科学绿化的指导意见》要求，我局在城区补植行道树1200株。')],
    ['具体措施', '-', 'the national tier opening a clause', report('清河县信访局', '信访工作', '习近平总书记在浙江工作时开创了领导干部下访接待群众的“浦江经验”。')],
    ['具体措施', '+', 'just outside: the unit following it', report('清河县信访局', '信访工作', '学习“浦江经验”，我局在12个乡镇设立“局长接待日”。')],
  ]);
});

describe('session 19 (review18): a demand ends at the unit’s own next deed', () => {
  run([
    ['具体措施', '+', 'a later clause acting on a party of the demanded kind (零售户 → 门店)', report('清河县烟草专卖局', '未成年人保护', '强化宣传、狠抓落实。要求校园周边零售户悬挂“不向未成年人售烟”标识，组织专卖人员随机暗访校园周边门店。')],
    ['具体措施', '+', 'acting on the demanded party (企业)', report('清河县商务局', '预付卡管理', '要求发卡企业向我局备案，公示退卡规则，对未备案企业约谈提醒。')],
    ['具体措施', '-', 'just outside: what the demanded firm is to do to others runs on', report('清河县住建局', '燃气安全', '要求燃气企业对居民用户定期开展入户安全检查，对老人独居户重点检查燃气灶具和连接软管。')],
    ['具体措施', '+', 'a count in copies (份) tells the deed told', report('清河县民政局', '移风易俗', '局里要求党员干部带头签订承诺书，全县干部职工签订承诺书9600余份。')],
    ['具体措施', '+', '摸排 is a verb of inspecting', report('清河县城管局', '违建治理', '我们对城区违法建设进行全面摸排，建立问题台账。')],
    ['具体措施', '+', 'the unit’s deed told in a copula (这是我局今年新建的城市书房)', report('清河县文旅局', '全民阅读', '这是我局今年新建的城市书房。')],
    ['具体措施', '-', 'just outside: a description of a field of work (…是我镇…建设的难点)', report('清河县柳庄镇', '移风易俗', '移风易俗是我镇农村精神文明建设的难点。')],
  ]);
});

describe('session 19: a maxim and a body’s name are no deed', () => {
  run([
    ['具体措施', '-', '立德树人 sets nothing up', report('清河县实验小学', '文明校园', '学校坚持立德树人，营造了浓厚的创建氛围。')],
    ['具体措施', '-', '教 inside 县教育局 teaches no one', report('清河县实验小学', '文明校园', '在县教育局组织的家长满意度测评中，学校结果为优秀。')],
    ['具体措施', '+', 'just outside: 教 teaching people served', report('清河县实验小学', '文明校园', '组织高年级学生教社区老人使用智能手机。')],
  ]);
});

describe('session 19: a reviewer’s note to the writer claims nothing, over every sentence its 。 splits it into', () => {
  run([
    ['具体措施', '-', 'a note naming deeds to write, split by its 。', report('清河县XX局', '创文工作', '三、主要做法', '局里高度重视，狠抓落实。', '【修改意见：措施写实。请写出实际做了什么：哪天组织志愿者清理河道几次。', '】')],
    ['主体责任', '-', 'a note asking who leads', report('清河县XX局', '创文工作', '【批注 王科长：第一段要写明由分管副局长牵头，办公室具体负责。】')],
    ['具体措施', '+', 'just outside: the deed told after the note closes', report('清河县XX局', '创文工作', '【修改意见：措施写实。请写出实际做了什么。', '】局里组织志愿者清理河道3次。')],
  ]);
});
