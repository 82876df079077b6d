/**
 * Review of session 9's element classes against the label standard (fixtures/elements/README.md):
 * sentences in wording written for this review, not taken from fixtures/elements/, each class with
 * a sentence just inside it, one on its edge, and one just outside it that the class let through.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { data } from '../../src/text/element-data.js';
import { results } from '../../src/text/element-results.js';
import type { ElementTest } from '../../src/text/element-shared.js';

type Row = [name: string, inside: string[], outside: string[]];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  取得成效: [
    results,
    [
      // A harm that did not happen: 未出台 (a document never issued) is a shortcoming, not 未出 + harm.
      ['no accident / no plan issued for accidents', ['全年未出一起安全事故。', '汛期没有出现人员伤亡。'], ['目前仍未出台安全事故应急预案。', '至今没有出具投诉处理意见。']],
      // 取的 for 取得 (a hurried hand), never inside 采取的 / 选取的.
      ['取的 for 取得 / 采取的…效果', ['今年取的成效明显。', '取得了较好效果。'], ['每季度对采取的整治措施开展效果评估。', '选取的成果展示作品在大厅展出。']],
      // Recognition given by another, not the unit's own award to people it commends.
      [
        'recognition of the unit’s work / the unit commending people',
        ['市文明办对我县志愿服务工作给予充分肯定。', '县委县政府给予我局通报表彰。', '上级给予了高度评价。'],
        ['我局对评出的20名优秀志愿者给予表彰。', '评出最美家庭20户并给予表彰。', '对表现突出的个人给予肯定。'],
      ],
      // A rank reached, not a batch or round of a list (第二批整治名单 is a shortcoming).
      ['a rank / a batch of a list', ['社区志愿服务排名全县第三。', '测评位列全市第1。'], ['今年被列入全县第二批整治名单。', '排在全县第一批次检查。']],
      ['places gained in a ranking / cadres promoted', ['排名比去年前进了5位。', '在全市排名中上升了三位，居第八。', '测评名次提升2个位次。'], ['新提升5名年轻干部。', '提高3名同志的职级。']],
      // The served satisfied, said as a claim — not as an aim or a standard.
      [
        'the served satisfied / satisfaction as an aim or standard',
        ['群众都很满意。', '居民满意。', '群众普遍满意。'],
        ['做到群众满意。', '整改直至群众满意。', '力争群众满意。', '群众满意是我们工作的第一标准。', '把群众满意作为衡量工作的根本标准。'],
      ],
      // A rate reached, not a physical quantity named 率 (功率、频率).
      ['a rate reached / a lamp’s power or a frequency', ['调解成功率达到98.5%。', '参保缴费率为97.6%。', '垃圾分类知晓率达95%。'], ['更换功率为60W的LED路灯。', '巡查频率为每周两次。']],
    ],
  ],
  数据实例: [
    data,
    [
      ['counts in 单 / a building’s unit number', ['受理投诉十二单。', '办结两单。'], ['在幸福小区二单元门口设立宣传栏。', '联合三单位开展检查。']],
      ['a multiple stated / a multiple as a figure of speech', ['客流量是去年的两倍。', '阅读量增长了3倍。'], ['我们将以十倍的努力做好创建工作。', '以10倍的干劲推进创建。']],
    ],
  ],
  主体责任: [
    responsibility,
    [
      // Others' self-organisation is judged from where the sentence last turned to a new matter up to
      // the match, not only in the clause before it.
      [
        'the unit’s leader in a run-on sentence / a leader chosen by a group organised two clauses earlier',
        ['局长负总责，分管副局长具体抓，村规民约由村民自行修订。', '志愿者们自行组织了读书会，同时，局里明确由办公室主任负责联络。'],
        ['志愿者们自行组织了读书会，每周活动一次，组长由张老师担任。', '居民自发组建了护河队，队员有二十多人，队长由李大爷担任。'],
      ],
      // The unit's own social workers and committee members, not a contractor or members of other bodies.
      [
        'the unit’s social worker or committee member / a contracted agency, members of the CPPCC',
        ['由社区专职社工负责台账登记。', '由委员张华负责楼道清理。'],
        ['委托第三方社工机构负责日常运营。', '邀请政协委员负责监督。', '人大常委会委员具体抓督办。'],
      ],
    ],
  ],
};

describe('review of session 9: element classes just inside, on the edge, just outside', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside] of rows) {
      for (const s of inside) it(`${element} ${name} — inside: ${s}`, () => expect(test({ text: s })).not.toBeNull());
      for (const s of outside) it(`${element} ${name} — outside: ${s}`, () => expect(test({ text: s })).toBeNull());
    }
  }
});
