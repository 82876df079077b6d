/** Rules about the review record (ledger-check-review.yaml): entries that no longer apply. */
import { shownReviewTime } from '../windows/index.js';
import { defineRules } from './types.js';

const WHY_UNUSED_ZH: Record<string, string> = { 'no-file': '本次检查中没有这个文件', 'no-finding': '这个文件本次没有这条问题' };
const WHY_UNUSED_EN: Record<string, string> = { 'no-file': 'no such file in this run', 'no-finding': 'the file no longer has this finding' };

export const reviewMessages = defineRules({
  'review.stale': {
    severity: 'warning',
    title: { zh: '人工确认记录已过期（文件已改动）', en: 'Review entry out of date (file changed)' },
    message: {
      zh: (a) => `人工确认记录（${a.rule}，${a.by} 于 ${shownReviewTime(String(a.at))}）不再适用：文件内容已改动（记录的 SHA-256 ${String(a.recorded).slice(0, 12)}…，现在是 ${String(a.actual).slice(0, 12)}…），请重新核对`,
      en: (a) => `the review entry (${a.rule}, by ${a.by} at ${shownReviewTime(String(a.at))}) no longer applies: the file changed (recorded SHA-256 ${String(a.recorded).slice(0, 12)}…, now ${String(a.actual).slice(0, 12)}…); check it again`,
    },
    why: {
      zh: '人工确认只对核对时的那份文件有效；文件换了，确认就失效，问题重新计入结果。',
      en: 'A review covers the exact file a person looked at; once the bytes change, the finding counts again.',
    },
    fix: {
      zh: '重新核对新文件，无误后再运行 ledger-check review accept 记录。',
      en: 'Look at the new file and, if it is fine, record it again with ledger-check review accept.',
    },
  },
  'review.renamed': {
    severity: 'info',
    title: { zh: '人工确认记录的文件已改名（内容未变）', en: 'Reviewed file renamed (same content)' },
    message: {
      zh: (a) => `人工确认记录（${a.rule}，第 ${a.line} 行）写的是 ${a.written}，该文件已改名为 ${a.now}，内容与核对时完全相同，确认继续有效；请把记录里的路径改为 ${a.now}`,
      en: (a) => `the review entry (${a.rule}, line ${a.line}) names ${a.written}; that file is now ${a.now}, its content exactly as reviewed, so the review still applies; write ${a.now} in the record`,
    },
    why: {
      zh: '人工确认针对的是文件内容（SHA-256）：改名或挪到本单位的另一个文件夹不改变内容，确认仍然有效；记录里的旧路径要改过来，免得以后对不上。',
      en: "A review is of the file's content (SHA-256): renaming it or moving it to another folder of the same unit does not change what was reviewed; the record's old path should be corrected so it keeps matching.",
    },
    fix: {
      zh: '把人工确认记录里这一条的 file 改成新路径（相对于记录所在的文件夹），或删掉这一条后用 ledger-check review accept 重新记录。',
      en: "Change the entry's file to the new path (relative to the record's folder), or remove the entry and record it again with ledger-check review accept.",
    },
  },
  'review.unused': {
    severity: 'info',
    title: { zh: '人工确认记录未用上', en: 'Unused review entry' },
    message: {
      zh: (a) =>
        a.why === 'folder'
          ? `人工确认记录（${a.rule}，第 ${a.line} 行）没有用上：记录里写的 ${a.written} 是文件夹；人工确认只能记录文件上的问题，文件夹上的问题（如缺少指标文件夹、照片数量不足、节日没有活动）要补齐材料，确不需要的指标在规则文件中调整分配`
          : a.why === 'nowhere'
          ? `人工确认记录（${a.rule}，第 ${a.line} 行）没有用上：记录里写的文件 ${a.written} 不存在（路径要相对于记录所在的文件夹写）${a.suggest ? `；是不是 ${a.suggest}？` : ''}`
          : `人工确认记录（${a.rule}，第 ${a.line} 行）没有用上：${WHY_UNUSED_ZH[String(a.why)] ?? String(a.why)}`,
      en: (a) =>
        a.why === 'folder'
          ? `the review entry (${a.rule}, line ${a.line}) was not used: ${a.written} is a folder; a review records findings on files only — a folder's findings (a missing indicator folder, too few photos, a festival without activities) are settled by handing in the material, or, for an indicator the unit is not to do, by changing its assignment in the rule file`
          : a.why === 'nowhere'
          ? `the review entry (${a.rule}, line ${a.line}) was not used: the file it names, ${a.written}, does not exist (the path is relative to the record's folder)${a.suggest ? `; did you mean ${a.suggest}?` : ''}`
          : `the review entry (${a.rule}, line ${a.line}) was not used: ${WHY_UNUSED_EN[String(a.why)] ?? String(a.why)}`,
    },
    why: {
      zh: '问题已改好或文件已删除时，旧的确认记录留着会让人误以为还需要它。',
      en: 'An entry for a finding that is gone only misleads the next reader (like an unused lint suppression).',
    },
    fix: {
      zh: '运行 ledger-check review prune <文件夹> 删除未用上的记录；文件路径写错的（要相对于记录所在的文件夹），改正路径，或删掉后用 ledger-check review accept 重新记录。',
      en: "Run ledger-check review prune <folder> to remove unused entries; for a file path written wrong (it is relative to the record's folder), correct it, or remove the entry and record it again with ledger-check review accept.",
    },
  },
});
