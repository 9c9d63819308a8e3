// Large, made-up catalogs for tests and benchmarks: `generateLadders({ skills: 500 })` gives 500
// valid ladders (format version 2) whose names, domains, keywords and descriptions look like a
// real framework's, with roles that start late or stop early and some skills in Chinese too.
// The same options always give the same ladders.
import type { Ladder, LadderCell, LadderTranslation, Requirement } from '@skill-ladder/core';

/** Options of `generateLadders`. */
export interface GenerateLaddersOptions {
  /** How many skills (ladders); 500 by default. */
  readonly skills?: number;
  /** Roles per skill; 8 by default. */
  readonly roles?: number;
  /** Levels per skill; 6 by default. */
  readonly levels?: number;
  /** The seed: the same seed gives the same ladders. */
  readonly seed?: number;
}

interface Term {
  readonly en: string;
  readonly zh: string;
}

interface Domain extends Term {
  readonly groups: readonly (Term & { readonly topics: readonly Term[] })[];
  readonly keywords: readonly string[];
}

const t = (en: string, zh: string): Term => ({ en, zh });

const DOMAINS: readonly Domain[] = [
  {
    ...t('Software Engineering', '软件工程'),
    keywords: [
      'TypeScript',
      'Go',
      'Java',
      'design patterns',
      'refactoring',
      'code review',
      'REST',
      'gRPC',
      'testing pyramid',
      'monorepos',
    ],
    groups: [
      {
        ...t('Backend', '后端'),
        topics: [
          t('API', 'API'),
          t('Service Mesh', '服务网格'),
          t('Event Streaming', '事件流'),
          t('Caching', '缓存'),
        ],
      },
      {
        ...t('Frontend', '前端'),
        topics: [
          t('Component Library', '组件库'),
          t('Web Performance', 'Web 性能'),
          t('Accessibility', '无障碍'),
          t('State Management', '状态管理'),
        ],
      },
      {
        ...t('Practices', '工程实践'),
        topics: [
          t('Code Review', '代码评审'),
          t('Technical Writing', '技术写作'),
          t('Dependency', '依赖'),
          t('Release', '发布'),
        ],
      },
    ],
  },
  {
    ...t('Data & Analytics', '数据与分析'),
    keywords: [
      'SQL',
      'dbt',
      'Airflow',
      'Spark',
      'data contracts',
      'lakehouse',
      'BI',
      'data quality',
      'lineage',
      'Parquet',
    ],
    groups: [
      {
        ...t('Data Platform', '数据平台'),
        topics: [
          t('Data Pipeline', '数据流水线'),
          t('Data Warehouse', '数据仓库'),
          t('Streaming Analytics', '流式分析'),
        ],
      },
      {
        ...t('Analytics', '分析'),
        topics: [t('Dashboard', '仪表盘'), t('Experimentation', '实验'), t('Metrics', '指标')],
      },
      {
        ...t('Governance', '治理'),
        topics: [
          t('Data Catalogue', '数据目录'),
          t('Data Privacy', '数据隐私'),
          t('Master Data', '主数据'),
        ],
      },
    ],
  },
  {
    ...t('Machine Learning & AI', '机器学习与人工智能'),
    keywords: [
      'PyTorch',
      'feature stores',
      'Kubeflow',
      'MLflow',
      'LLMs',
      'evaluation',
      'embeddings',
      'fine-tuning',
      'RAG',
      'drift',
    ],
    groups: [
      {
        ...t('MLOps', 'MLOps'),
        topics: [
          t('Model Serving', '模型服务'),
          t('Feature Store', '特征存储'),
          t('Training Pipeline', '训练流水线'),
        ],
      },
      {
        ...t('Applied ML', '应用机器学习'),
        topics: [
          t('Recommender', '推荐系统'),
          t('Forecasting', '预测'),
          t('Computer Vision', '计算机视觉'),
        ],
      },
      {
        ...t('Generative AI', '生成式人工智能'),
        topics: [t('Prompt', '提示词'), t('Retrieval', '检索'), t('Model Evaluation', '模型评估')],
      },
    ],
  },
  {
    ...t('Infrastructure & Cloud', '基础设施与云'),
    keywords: [
      'Kubernetes',
      'Terraform',
      'AWS',
      'GCP',
      'networking',
      'observability',
      'SLOs',
      'cost',
      'autoscaling',
      'GitOps',
    ],
    groups: [
      {
        ...t('Platform', '平台'),
        topics: [
          t('Kubernetes', 'Kubernetes'),
          t('Infrastructure as Code', '基础设施即代码'),
          t('CI/CD', 'CI/CD'),
        ],
      },
      {
        ...t('Reliability', '可靠性'),
        topics: [t('Incident', '事故'), t('Observability', '可观测性'), t('Capacity', '容量')],
      },
      {
        ...t('Cloud', '云'),
        topics: [t('Cloud Cost', '云成本'), t('Networking', '网络'), t('Storage', '存储')],
      },
    ],
  },
  {
    ...t('Security', '安全'),
    keywords: [
      'OWASP',
      'threat modelling',
      'IAM',
      'secrets',
      'SAST',
      'zero trust',
      'compliance',
      'SBOM',
      'pen testing',
      'encryption',
    ],
    groups: [
      {
        ...t('Application Security', '应用安全'),
        topics: [
          t('Threat Model', '威胁建模'),
          t('Secure Coding', '安全编码'),
          t('Supply Chain', '供应链'),
        ],
      },
      {
        ...t('Operations Security', '运营安全'),
        topics: [
          t('Identity', '身份'),
          t('Vulnerability', '漏洞'),
          t('Security Monitoring', '安全监控'),
        ],
      },
    ],
  },
  {
    ...t('Product & Design', '产品与设计'),
    keywords: [
      'discovery',
      'user research',
      'roadmaps',
      'prototyping',
      'design systems',
      'OKRs',
      'usability',
      'analytics',
      'journeys',
    ],
    groups: [
      {
        ...t('Product Management', '产品管理'),
        topics: [t('Roadmap', '路线图'), t('Product Discovery', '产品探索'), t('Pricing', '定价')],
      },
      {
        ...t('Design', '设计'),
        topics: [
          t('Interaction Design', '交互设计'),
          t('Design System', '设计系统'),
          t('User Research', '用户研究'),
        ],
      },
    ],
  },
  {
    ...t('Quality Engineering', '质量工程'),
    keywords: [
      'test automation',
      'Playwright',
      'contract tests',
      'load testing',
      'flaky tests',
      'TDD',
      'mutation testing',
    ],
    groups: [
      {
        ...t('Testing', '测试'),
        topics: [
          t('Test Automation', '测试自动化'),
          t('Performance Testing', '性能测试'),
          t('Contract Testing', '契约测试'),
        ],
      },
      {
        ...t('Quality', '质量'),
        topics: [t('Quality Metrics', '质量指标'), t('Exploratory Testing', '探索性测试')],
      },
    ],
  },
  {
    ...t('People & Leadership', '人员与领导力'),
    keywords: [
      'mentoring',
      'hiring',
      'feedback',
      'planning',
      'stakeholders',
      'delivery',
      'career growth',
      'facilitation',
    ],
    groups: [
      {
        ...t('Leadership', '领导力'),
        topics: [t('Mentoring', '指导'), t('Hiring', '招聘'), t('Team Health', '团队健康')],
      },
      {
        ...t('Delivery', '交付'),
        topics: [t('Planning', '规划'), t('Stakeholder', '干系人'), t('Risk', '风险')],
      },
    ],
  },
];

const FACETS: readonly Term[] = [
  t('Design', '设计'),
  t('Operations', '运维'),
  t('Governance', '治理'),
  t('Performance', '性能'),
  t('Security', '安全'),
  t('Testing', '测试'),
  t('Documentation', '文档'),
  t('Migration', '迁移'),
  t('Automation', '自动化'),
  t('Strategy', '战略'),
];

const LEVELS: readonly Term[] = [
  t('Trainee', '实习'),
  t('Junior', '初级'),
  t('Middle', '中级'),
  t('Senior', '高级'),
  t('Lead', '主管'),
  t('Principal', '首席'),
  t('Distinguished', '杰出'),
  t('Fellow', '院士'),
];

const ROLES: readonly Term[] = [
  t('Backend Engineer', '后端工程师'),
  t('Frontend Engineer', '前端工程师'),
  t('Mobile Engineer', '移动端工程师'),
  t('Data Engineer', '数据工程师'),
  t('Data Scientist', '数据科学家'),
  t('ML Engineer', '机器学习工程师'),
  t('Site Reliability Engineer', '站点可靠性工程师'),
  t('Security Engineer', '安全工程师'),
  t('QA Engineer', '测试工程师'),
  t('Product Designer', '产品设计师'),
  t('Product Manager', '产品经理'),
  t('Engineering Manager', '工程经理'),
  t('Data Analyst', '数据分析师'),
  t('Platform Engineer', '平台工程师'),
  t('Solutions Architect', '解决方案架构师'),
];

// What each stage of a career does with a skill, from the first level to the last.
const STAGES: readonly { readonly en: readonly string[]; readonly zh: readonly string[] }[] = [
  {
    en: [
      'Learns the basics of {skill} by pairing on {keyword} tasks',
      'Follows the team’s {skill} checklist and asks for review on {keyword} changes',
    ],
    zh: [
      '通过结对完成{keyword}相关任务，学习{skill}的基础',
      '遵循团队的{skill}清单，并就{keyword}变更请求评审',
    ],
  },
  {
    en: [
      'Applies {skill} to well-defined {keyword} work with light guidance',
      'Owns small {skill} changes end to end, including {keyword}',
    ],
    zh: [
      '在少量指导下把{skill}用于明确的{keyword}工作',
      '端到端负责小型{skill}变更，包括{keyword}',
    ],
  },
  {
    en: [
      'Designs {skill} solutions for a product area and weighs {keyword} trade-offs',
      'Improves how the team does {skill}, starting with {keyword}',
    ],
    zh: [
      '为一个产品领域设计{skill}方案，并权衡{keyword}的取舍',
      '改进团队的{skill}做法，从{keyword}入手',
    ],
  },
  {
    en: [
      'Sets {skill} standards across teams and reviews {keyword} decisions',
      'Coaches others in {skill} and aligns {keyword} work between teams',
    ],
    zh: [
      '制定跨团队的{skill}标准，并评审{keyword}决策',
      '辅导他人掌握{skill}，并协调团队间的{keyword}工作',
    ],
  },
  {
    en: [
      'Shapes the long-term {skill} strategy and the {keyword} platform behind it',
      'Represents the company’s {skill} practice and sets direction for {keyword}',
    ],
    zh: [
      '规划长期的{skill}战略及其背后的{keyword}平台',
      '代表公司的{skill}实践，为{keyword}确定方向',
    ],
  },
];

const CONTEXTS: readonly Term[] = [
  t('for the services it runs', '用于其负责的服务'),
  t('in its day-to-day delivery', '在日常交付中'),
  t('with product and design partners', '与产品和设计伙伴一起'),
  t('so that on-call stays calm', '让值班保持平稳'),
  t('and documents the decisions', '并记录决策'),
  t('measured against agreed targets', '并以约定的目标衡量'),
];

/** A small, fast, seeded generator (mulberry32): the same seed, the same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function levelsOf(count: number): Term[] {
  if (count <= LEVELS.length) {
    // Six levels read Junior … Distinguished; fewer drop from the ends, keeping the middle.
    const start = Math.max(0, Math.min(1, LEVELS.length - count));
    return LEVELS.slice(start, start + count);
  }
  return Array.from({ length: count }, (_, i) => t(`Level ${i + 1}`, `${i + 1} 级`));
}

function rolesOf(count: number, pick: () => number): Term[] {
  const pool = count <= ROLES.length ? [...ROLES] : [];
  if (pool.length === 0) {
    return Array.from({ length: count }, (_, i) => t(`Role ${i + 1}`, `角色 ${i + 1}`));
  }
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(pick() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

function fill(template: string, skill: string, keyword: string) {
  return template.replace('{skill}', skill).replace('{keyword}', keyword);
}

/**
 * Generates `skills` valid ladders (format version 2) of a made-up company: varied names,
 * domains, groups, keywords and descriptions; some roles start at a later level or stop before
 * the last; about one skill in eight is translated into Chinese (`zh-CN`). Deterministic.
 *
 * @example
 * const ladders = generateLadders({ skills: 500, seed: 1 });
 * buildCatalogIndex(ladders);
 */
export function generateLadders({
  skills = 500,
  roles = 8,
  levels = 6,
  seed = 1,
}: GenerateLaddersOptions = {}): Ladder[] {
  const pick = random(seed);
  const choose = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const combos = DOMAINS.flatMap((domain) =>
    domain.groups.flatMap((group) =>
      group.topics.flatMap((topic) => FACETS.map((facet) => ({ domain, group, topic, facet }))),
    ),
  );
  // A seeded shuffle, so that the first skills already span every domain.
  for (let i = combos.length - 1; i > 0; i -= 1) {
    const j = Math.floor(pick() * (i + 1));
    [combos[i], combos[j]] = [combos[j]!, combos[i]!];
  }
  const levelTerms = levelsOf(levels);
  const levelIds = levelTerms.map((level) => slug(level.en));
  const ladders: Ladder[] = [];
  for (let n = 0; n < skills; n += 1) {
    const { domain, group, topic, facet } = combos[n % combos.length]!;
    const round = Math.floor(n / combos.length);
    const name = t(
      `${topic.en} ${facet.en}${round > 0 ? ` ${round + 1}` : ''}`,
      `${topic.zh}${facet.zh}${round > 0 ? ` ${round + 1}` : ''}`,
    );
    const keywords = [
      ...new Set(Array.from({ length: 3 + Math.floor(pick() * 3) }, () => choose(domain.keywords))),
    ];
    const roleTerms = rolesOf(roles, pick);
    const roleIds = roleTerms.map((role) => slug(role.en));
    const translated = pick() < 0.125;
    const cells: LadderCell[] = [];
    const zhCells: Record<string, Record<string, string>> = {};
    roleTerms.forEach((role, r) => {
      const roleId = roleIds[r]!;
      const last = levels - 1;
      // Most roles cover every level; some start at the second or third, some stop one early.
      const shape = pick();
      const start = shape < 0.12 ? Math.min(1, last) : shape < 0.18 ? Math.min(2, last) : 0;
      const end = shape > 0.9 && last - 1 >= start ? last - 1 : last;
      // From this level on the role must have the skill; before it the skill is optional.
      const requiredFrom = start + Math.floor(pick() * (end - start + 2));
      const context = choose(CONTEXTS);
      levelIds.forEach((levelId, l) => {
        if (l < start || l > end) {
          cells.push({ role: roleId, level: levelId, requirement: 'not-expected' });
          return;
        }
        const requirement: Requirement = l >= requiredFrom ? 'required' : 'optional';
        const stage =
          STAGES[Math.min(STAGES.length - 1, Math.floor((l * STAGES.length) / levels))]!;
        const variant = Math.floor(pick() * stage.en.length);
        const keyword = choose(keywords);
        const description = `${fill(stage.en[variant]!, name.en, keyword)} ${context.en}, as a ${role.en}.`;
        cells.push({ role: roleId, level: levelId, requirement, description });
        if (translated) {
          (zhCells[roleId] ??= {})[levelId] =
            `作为${role.zh}，${fill(stage.zh[variant]!, name.zh, keyword)}，${context.zh}。`;
        }
      });
    });
    const month = 1 + Math.floor(pick() * 12);
    const day = 1 + Math.floor(pick() * 28);
    const ladder: Ladder = {
      id: `${slug(name.en)}-${n + 1}`,
      name: name.en,
      domain: domain.en,
      group: group.en,
      keywords,
      updated: `${2024 + Math.floor(pick() * 3)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      levels: levelTerms.map((level, i) => ({ id: levelIds[i]!, name: level.en })),
      roles: roleTerms.map((role, i) => ({ id: roleIds[i]!, name: role.en })),
      cells,
    };
    if (!translated) {
      ladders.push(ladder);
      continue;
    }
    const zh: LadderTranslation = {
      name: name.zh,
      domain: domain.zh,
      group: group.zh,
      levels: Object.fromEntries(levelTerms.map((level, i) => [levelIds[i]!, level.zh])),
      roles: Object.fromEntries(roleTerms.map((role, i) => [roleIds[i]!, role.zh])),
      cells: zhCells,
    };
    ladders.push({ ...ladder, lang: 'en', translations: { 'zh-CN': zh } });
  }
  return ladders;
}
