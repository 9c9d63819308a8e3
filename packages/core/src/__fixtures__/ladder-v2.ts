import { defineLadder } from '../define-ladder.js';

/**
 * Sample data for tests, not a real framework: a fictional company's "Incident Response" skill
 * in format version 2. Data Analyst starts at Middle (not expected at Junior), QA Engineer stops
 * at Lead (not expected at Principal). Its zh-CN and Arabic translations are partial on
 * purpose, so that every kind of fallback to English shows.
 */
export const incidentResponse = defineLadder({
  id: 'incident-response',
  name: 'Incident Response',
  domain: 'Engineering Operations',
  group: 'Reliability',
  keywords: ['on-call', 'postmortem', 'runbooks'],
  updated: '2026-05-04',
  lang: 'en',
  levels: [
    { id: 'junior', name: 'Junior' },
    { id: 'middle', name: 'Middle' },
    { id: 'senior', name: 'Senior' },
    { id: 'lead', name: 'Lead' },
    { id: 'principal', name: 'Principal' },
  ],
  roles: [
    { id: 'backend-engineer', name: 'Backend Engineer' },
    { id: 'data-analyst', name: 'Data Analyst' },
    { id: 'qa-engineer', name: 'QA Engineer' },
  ],
  cells: [
    {
      role: 'backend-engineer',
      level: 'junior',
      requirement: 'required',
      description: 'Follows the runbook during an incident and reports what they see.',
    },
    {
      role: 'backend-engineer',
      level: 'middle',
      requirement: 'required',
      description: 'Takes on-call shifts and fixes the incidents of their own services.',
    },
    {
      role: 'backend-engineer',
      level: 'senior',
      requirement: 'required',
      description: 'Leads an incident end to end and writes the postmortem.',
    },
    {
      role: 'backend-engineer',
      level: 'lead',
      requirement: 'required',
      description: 'Runs the on-call rotation of the team and tracks postmortem actions.',
    },
    {
      role: 'backend-engineer',
      level: 'principal',
      requirement: 'optional',
      description: 'Shapes how the company learns from incidents.',
    },
    { role: 'data-analyst', level: 'junior', requirement: 'not-expected' },
    {
      role: 'data-analyst',
      level: 'middle',
      requirement: 'optional',
      description: 'Answers data questions during an incident when asked.',
    },
    {
      role: 'data-analyst',
      level: 'senior',
      requirement: 'optional',
      description: 'Builds the dashboards an incident is judged by.',
    },
    {
      role: 'data-analyst',
      level: 'lead',
      requirement: 'required',
      description: 'Owns the incident metrics the company reports.',
    },
    {
      role: 'data-analyst',
      level: 'principal',
      requirement: 'required',
      description: 'Decides which signals define an incident.',
    },
    {
      role: 'qa-engineer',
      level: 'junior',
      requirement: 'optional',
      description: 'Reproduces a reported fault with a test.',
    },
    {
      role: 'qa-engineer',
      level: 'middle',
      requirement: 'required',
      description: 'Adds a regression test for every incident of their area.',
    },
    {
      role: 'qa-engineer',
      level: 'senior',
      requirement: 'required',
      description: 'Checks that postmortem fixes are tested before release.',
    },
    {
      role: 'qa-engineer',
      level: 'lead',
      requirement: 'optional',
      description: 'Plans the release checks that keep incidents from coming back.',
    },
    { role: 'qa-engineer', level: 'principal', requirement: 'not-expected' },
  ],
  translations: {
    // Everything but the group, Principal, QA Engineer and two descriptions.
    'zh-CN': {
      name: '事故响应',
      domain: '工程运维',
      keywords: ['值班', '事后复盘', '运行手册'],
      levels: { junior: '初级', middle: '中级', senior: '高级', lead: '主管' },
      roles: { 'backend-engineer': '后端工程师', 'data-analyst': '数据分析师' },
      cells: {
        'backend-engineer': {
          junior: '事故期间按照运行手册操作，并报告所见情况。',
          middle: '参与值班，处理自己负责的服务的事故。',
          senior: '端到端主导一次事故处理，并撰写事后复盘。',
          lead: '负责团队的值班轮换，并跟踪复盘改进项。',
          principal: '决定公司如何从事故中学习。',
        },
        'data-analyst': {
          middle: '事故期间按需回答数据问题。',
          senior: '搭建用于评估事故的仪表盘。',
          lead: '负责公司对外报告的事故指标。',
        },
        'qa-engineer': {
          junior: '用测试复现报告的故障。',
          middle: '为所负责领域的每次事故补充回归测试。',
          senior: '在发布前确认复盘中的修复已被测试覆盖。',
        },
      },
    },
    // Only a few texts, so most of the page falls back to English.
    ar: {
      name: 'الاستجابة للحوادث',
      levels: { junior: 'مبتدئ', middle: 'متوسط' },
      roles: { 'backend-engineer': 'مهندس الواجهة الخلفية' },
      cells: {
        'backend-engineer': { junior: 'يتبع دليل التشغيل أثناء الحادث ويبلغ عما يراه.' },
      },
    },
  },
});

/** A fresh, mutable JSON copy of `incidentResponse`, for one test case to change. */
export const incidentResponseJson = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(incidentResponse)) as Record<string, unknown>;
