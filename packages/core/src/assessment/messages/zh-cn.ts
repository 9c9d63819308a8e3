import type { Message } from '../../messages/types.js';
import type { AssessmentMessageKey } from './types.js';

// Chinese (simplified) strings of the self-assessment parts, key for key with English. Level
// names (初级, 中级, 高级, 主管, 首席) come from the translator, never from here.
export const assessmentZhCN: Readonly<Record<AssessmentMessageKey, Message>> = {
  // Statuses and marks (checklist)
  'assessment.status.yes': '已做到',
  'assessment.status.partly': '部分做到',
  'assessment.status.not-yet': '尚未做到',
  'assessment.yourMarks': '我的自评',
  'assessment.markLabel': '你做到了多少？',
  'assessment.note': '备注',
  'assessment.noteHint': '可选，最多 {max} 个字符',
  'assessment.unmarked': '未自评',
  'assessment.changed': '自你评定后已修改',
  'assessment.changedWas': '你评定时的原文：{text}',
  'assessment.confirm': '保留我的评定',
  'assessment.orphans': '已不在阶梯中',
  'assessment.orphansHint': { other: '这 {count} 条评定对应的期望已从阶梯中移除，评定仍会保留。' },

  // Progress summary
  'assessment.progress': {
    zero: '{level}：{total} 项中已做到 {yes} 项',
    other: '{level}：{total} 项中已做到 {yes} 项，{count} 项部分做到',
  },
  'assessment.progressNotExpected': '{level}：不作要求',
  'assessment.progressChanged': '{count} 项自你评定后已修改',
  'assessment.estimatedLevel': '估计级别：{level}',
  'assessment.noLevelYet': '尚未达到任何级别',
  'assessment.estimateRule': '必要期望全部为“已做到”的最高级别。',
  'assessment.leftFor': '达到{level}还需做到',
  'assessment.nothingLeft': '{level}的期望已全部做到。',
  'assessment.target': '目标级别',

  // Export, import, clear
  'assessment.export': '导出我的自评',
  'assessment.import': '导入自评',
  'assessment.clear': '清除我的自评',
  'assessment.clearConfirm': '清除所有评定和备注？此操作无法撤销。',
  'assessment.clearConfirmAction': '清除',
  'assessment.cancel': '取消',
  'assessment.importPreviewTitle': '导入这些评定？',
  'assessment.importPreview': '新增 {added} 条，修改 {changed} 条，移除 {removed} 条',
  'assessment.importOtherLadder': '该文件属于另一个阶梯。',
  'assessment.importConfirmAction': '导入',
  'assessment.importErrors': '无法导入该文件',

  // Notices about stored marks
  'assessment.notice.restoredFresh': '无法读取已保存的自评。已保留一份备份，你将从头开始。',
  'assessment.notice.storageUnavailable':
    '此浏览器不允许页面保存数据。你的自评仅保留在当前标签页中。',
  'assessment.notice.storageFull': '浏览器存储空间已满。你的自评仅保留在当前标签页中。',
  'assessment.notice.migrated': '已将你保存的自评从旧版本更新。',
  'assessment.notice.dismiss': '知道了',

  // Compare two levels
  'assessment.compare.title': '对比级别',
  'assessment.compare.from': '从',
  'assessment.compare.to': '到',
  'assessment.compare.heading': '从{from}到{to}',
  'assessment.compare.new': '新增',
  'assessment.compare.gone': '不再出现',
  'assessment.compare.reworded': '表述调整',
  'assessment.compare.same': '相同',

  // Charts
  'assessment.chart.standingTitle': '你与{role}期望的对比',
  'assessment.chart.expectedLevel': '期望级别',
  'assessment.chart.estimatedLevel': '估计级别',
  'assessment.chart.standingSummary': '估计级别：{estimated}。{role}的期望级别：{expected}。',
  'assessment.chart.downloadSvg': '下载 SVG',
  'assessment.chart.downloadPng': '下载 PNG',

  // Print
  'assessment.print.title': '我的晋升清单',
  // ---- Added by assess-react (the React parts' own strings; the lead resolves conflicts) ----
  'assessment.noteAdd': '添加备注',
  'assessment.noteEdit': '编辑备注',
  'assessment.noteDone': '完成',
  'assessment.changedMark': '你当时的自评：{status}',
  'assessment.orphanRemove': '移除',
  'assessment.orphanRemoveLabel': '移除对此项的自评：{text}',
  'assessment.checklistContext': '{role}，当前级别：{level}',
  'assessment.pickRole': '请先选择你的角色，再开始填写清单。',
  'assessment.progressTitle': '我的进度',
  'assessment.keptInBrowser': '仅保存在此浏览器中，不会发送到任何地方。',
  'assessment.keptInMemory': '仅保留在当前标签页中，关闭后即消失。',
  'assessment.keptByHost': '由本网站保存。',
  'assessment.close': '关闭',

  // ---- Views (helper assess-views): level comparison, progress chart, skill radar ----
  'assessment.compare.change': '变化',
  'assessment.compare.roleCaption': '{role}：从{from}到{to}',
  'assessment.chart.currentLevel': '当前级别',
  'assessment.chart.level': '级别',
  'assessment.chart.total': '期望条目',
  'assessment.chart.marks': '标记',
  'assessment.radar.title': '{role}（{level}）的各项技能',
  'assessment.radar.rule':
    '期望级别：在 {level} 及以下、该角色必须掌握此技能的最高级别。估计级别：必要期望全部标为“已做到”的最高级别。',
  'assessment.radar.below': {
    zero: '没有技能低于期望级别。',
    other: '{count} 项技能低于期望级别：{skills}。',
  },
  'assessment.radar.notAssessedCount': { other: '{count} 项技能尚未自评。' },
  'assessment.radar.notAssessed': '尚未自评',
  'assessment.radar.noneRequired': '尚无必要要求',
  'assessment.radar.noneReached': '尚未达到任何级别',
  'assessment.chart.currentIs': '当前级别：{level}',
  'assessment.chart.targetIs': '目标级别：{level}',
  'assessment.chart.sentence': '{text}。',
  'assessment.chart.separator': '；',
};
