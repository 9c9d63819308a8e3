import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import { splitExpectations } from './split-expectations.js';

/** True when `items`, trimmed and non-empty, joined with only whitespace between, give `text`. */
function joinsBack(text: string, items: readonly string[]): boolean {
  let at = 0;
  for (const item of items) {
    if (item === '' || item.trim() !== item) return false;
    const found = text.indexOf(item, at);
    if (found < 0 || text.slice(at, found).trim() !== '') return false;
    at = found + item.length;
  }
  return text.slice(at).trim() === '';
}

describe('splitExpectations', () => {
  it.each<[string, string, string[]]>([
    ['empty', '', []],
    ['blank', ' \n\t ', []],
    ['one sentence without a full stop', 'Writes tests', ['Writes tests']],
    ['two sentences', 'Writes tests. Fixes bugs.', ['Writes tests.', 'Fixes bugs.']],
    ['surrounding whitespace', '  Writes tests.   Fixes bugs.  ', ['Writes tests.', 'Fixes bugs.']],
    [
      'e.g. before a capital',
      'Uses orchestrators, e.g. Kubeflow or Airflow.',
      ['Uses orchestrators, e.g. Kubeflow or Airflow.'],
    ],
    [
      'i.e. and E.g.',
      'Owns one stage (i.e. Training). E.g. Airflow works.',
      ['Owns one stage (i.e. Training).', 'E.g. Airflow works.'],
    ],
    [
      'etc. mid-sentence',
      'Knows Airflow, Prefect, etc. and their trade-offs.',
      ['Knows Airflow, Prefect, etc. and their trade-offs.'],
    ],
    [
      'etc. ending a sentence',
      'Knows Airflow, Prefect, etc. Designs DAGs.',
      ['Knows Airflow, Prefect, etc.', 'Designs DAGs.'],
    ],
    ['vs.', 'Weighs batch vs. Streaming inference.', ['Weighs batch vs. Streaming inference.']],
    [
      'Dr. and approx.',
      'Reports to Dr. Smith. Trains approx. 5 models a week.',
      ['Reports to Dr. Smith.', 'Trains approx. 5 models a week.'],
    ],
    [
      'initials',
      'Follows J. R. Quinlan on trees. Uses U.S. Data.',
      ['Follows J. R. Quinlan on trees.', 'Uses U.S. Data.'],
    ],
    [
      'A/B and CI/CD',
      'Runs A/B tests. Builds CI/CD for models.',
      ['Runs A/B tests.', 'Builds CI/CD for models.'],
    ],
    [
      'versions',
      'Uses Python 3.11 and Kubeflow v2.1. Upgrades to v2.2 safely.',
      ['Uses Python 3.11 and Kubeflow v2.1.', 'Upgrades to v2.2 safely.'],
    ],
    [
      'a version ending a sentence',
      'Migrates to Python 3.12. 3 teams use it.',
      ['Migrates to Python 3.12.', '3 teams use it.'],
    ],
    [
      'decimals and percents',
      'Keeps 99.9% uptime at 0.5 s latency. Reports it.',
      ['Keeps 99.9% uptime at 0.5 s latency.', 'Reports it.'],
    ],
    [
      'domains',
      'Reads scikit-learn.org daily. Cites docs.python.org.',
      ['Reads scikit-learn.org daily.', 'Cites docs.python.org.'],
    ],
    [
      'an ellipsis',
      'Tunes, retrains… Then ships. Waits... Then retries.',
      ['Tunes, retrains… Then ships.', 'Waits... Then retries.'],
    ],
    [
      'closing quotes and brackets stay',
      'Says "it works." Then (rarely.) Ships.',
      ['Says "it works."', 'Then (rarely.)', 'Ships.'],
    ],
    [
      'an opening quote starts one',
      'Ships it. "Fast" is the rule.',
      ['Ships it.', '"Fast" is the rule.'],
    ],
    ['! and ?', 'Ships fast! Why? Because.', ['Ships fast!', 'Why?', 'Because.']],
    ['?! runs', 'Really?! Yes.', ['Really?!', 'Yes.']],
    ['lowercase after a stop', 'Uses pip. npm too.', ['Uses pip. npm too.']],
    [
      'a semicolon does not split',
      'Designs pipelines; Tests them.',
      ['Designs pipelines; Tests them.'],
    ],
    ['a line break', '- Designs pipelines\n- Tests them', ['- Designs pipelines', '- Tests them']],
    [
      'Chinese marks, no spaces',
      '负责流水线设计。编写测试！是否可靠？',
      ['负责流水线设计。', '编写测试！', '是否可靠？'],
    ],
    [
      'Chinese semicolon',
      '设计流水线；编写测试；监控指标。',
      ['设计流水线；', '编写测试；', '监控指标。'],
    ],
    ['Chinese closing quote', '他说：“好。”然后发布。', ['他说：“好。”', '然后发布。']],
    [
      'Japanese',
      'パイプラインを設計する。テストを書く。',
      ['パイプラインを設計する。', 'テストを書く。'],
    ],
    ['Arabic', 'يتبع دليل التشغيل. هل يعمل؟ نعم.', ['يتبع دليل التشغيل.', 'هل يعمل؟', 'نعم.']],
    ['English then Chinese', 'Designs pipelines. 编写测试。', ['Designs pipelines.', '编写测试。']],
    ['ideographic space', '设计流水线。\u3000编写测试。', ['设计流水线。', '编写测试。']],
  ])('%s', (_, text, items) => {
    const split = splitExpectations(text);
    expect(split).toEqual(items);
    expect(joinsBack(text, split)).toBe(true);
  });

  it('gives back the description when joined with a space (ML Pipelines) or nothing (Chinese)', () => {
    for (const cell of mlPipelines.cells) {
      expect(splitExpectations(cell.description).join(' ')).toBe(cell.description);
    }
    const chinese = '负责流水线设计。编写测试；监控指标！';
    expect(splitExpectations(chinese).join('')).toBe(chinese);
  });

  it('splits every ML Pipelines cell into its sentences', () => {
    const items = Object.fromEntries(
      mlPipelines.cells.map((cell) => [
        `${cell.role} ${cell.level}`,
        splitExpectations(cell.description),
      ]),
    );
    expect(items).toMatchInlineSnapshot(`
      {
        "computer-vision-engineer junior": [
          "Understands ML pipeline stages for computer vision: data loading, augmentation, training, and evaluation.",
          "Runs existing pipelines and tracks experiment metrics using MLflow or Weights & Biases.",
        ],
        "computer-vision-engineer lead": [
          "Defines ML Pipelines strategy at the team/product level.",
          "Establishes standards and best practices.",
          "Conducts reviews.",
        ],
        "computer-vision-engineer middle": [
          "Builds end-to-end ML pipelines for vision models: dataset versioning, distributed training, hyperparameter tuning, and model registry integration.",
          "Implements data quality checks for image datasets.",
        ],
        "computer-vision-engineer principal": [
          "Defines ML Pipelines strategy at the organizational level.",
          "Establishes enterprise approaches.",
          "Mentors leads and architects.",
        ],
        "computer-vision-engineer senior": [
          "Designs scalable ML pipeline architectures for large-scale vision systems: multi-GPU training orchestration, model distillation workflows, and production inference pipelines with latency optimization.",
        ],
        "data-scientist junior": [
          "Creates basic ML pipelines via scikit-learn Pipeline: preprocessing, feature engineering, model training.",
          "Understands pipeline importance for reproducibility and data leakage prevention.",
          "Saves pipelines as single artifacts for deployment.",
        ],
        "data-scientist lead": [
          "Defines ML pipeline infrastructure strategy for the data science team.",
          "Establishes pipeline development, testing, and monitoring standards.",
          "Coordinates unification of pipeline approaches across projects and teams.",
        ],
        "data-scientist middle": [
          "Designs production ML pipelines using Airflow, Prefect, or Dagster.",
          "Automates the full ML cycle: data ingestion, validation, feature engineering, training, evaluation, deployment.",
          "Configures scheduling and retry logic.",
        ],
        "data-scientist principal": [
          "Shapes ML orchestration platform strategy at organizational level.",
          "Defines enterprise requirements: scalability, governance, cost management.",
          "Designs unified ML pipeline platform for all data science teams.",
        ],
        "data-scientist senior": [
          "Designs scalable ML pipelines for enterprise: Kubeflow, Vertex AI Pipelines, SageMaker Pipelines.",
          "Implements continuous training, automated model promotion.",
          "Optimizes pipeline performance through caching, parallel execution, and incremental processing.",
        ],
        "llm-engineer junior": [
          "Knows ML pipeline basics: data loading, preprocessing, training, evaluation.",
          "Builds simple pipelines for LLM fine-tuning data preparation using Hugging Face Datasets.",
        ],
        "llm-engineer lead": [
          "Defines ML pipeline standards for the LLM team.",
          "Establishes guidelines for pipeline architecture, monitoring, error handling.",
          "Coordinates pipeline infrastructure for training and inference.",
        ],
        "llm-engineer middle": [
          "Independently builds production ML pipelines for LLM: data ingestion, cleaning, tokenization, training, evaluation.",
          "Uses Airflow or Prefect for orchestration, ensures idempotency.",
        ],
        "llm-engineer principal": [
          "Shapes enterprise ML pipeline platform.",
          "Defines approaches to unified pipeline frameworks, cross-team pipeline components, and SLA and cost management for data/training/serving pipelines.",
        ],
        "llm-engineer senior": [
          "Designs complex ML pipelines for LLM platforms: multi-stage data processing, continuous training, automated retraining triggers.",
          "Optimizes pipeline throughput and reliability.",
        ],
        "ml-engineer junior": [
          "Understands ML pipeline concept: data → features → training → evaluation → deployment.",
          "Writes simple pipeline scripts.",
          "Uses Airflow DAG for basic ML workflow.",
        ],
        "ml-engineer lead": [
          "Defines ML pipeline strategy.",
          "Standardizes pipeline components.",
          "Designs pipeline templating for faster development.",
        ],
        "ml-engineer middle": [
          "Designs ML pipelines with Kubeflow/Airflow.",
          "Configures parameterized pipelines for different models.",
          "Automates retraining with data quality checks.",
          "Implements pipeline testing.",
        ],
        "ml-engineer principal": [
          "Defines ML pipeline platform strategy.",
          "Evaluates pipeline orchestrators.",
          "Designs enterprise ML pipeline architecture.",
        ],
        "ml-engineer senior": [
          "Designs ML pipeline architecture.",
          "Optimizes pipeline execution (caching, parallel steps).",
          "Configures CI/CD for pipeline deployment.",
          "Ensures reproducibility.",
        ],
        "mlops-engineer junior": [
          "Understands ML pipeline concepts: data validation, model training, and deployment stages.",
          "Configures pipeline runners (Airflow, Kubeflow) and monitors pipeline health metrics.",
        ],
        "mlops-engineer lead": [
          "Defines the ML Pipelines strategy at team/product level.",
          "Establishes standards and best practices.",
          "Conducts reviews.",
        ],
        "mlops-engineer middle": [
          "Implements automated ML pipelines with feature stores, model versioning, and A/B testing infrastructure.",
          "Builds CI/CD for model training with automated retraining triggers on data drift detection.",
        ],
        "mlops-engineer principal": [
          "Defines the ML Pipelines strategy at the organizational level.",
          "Establishes enterprise approaches.",
          "Mentors leads and architects.",
        ],
        "mlops-engineer senior": [
          "Designs enterprise ML platform with pipeline orchestration, model governance, and reproducibility guarantees.",
          "Implements canary deployments for models, automated rollback on performance degradation, and cost-optimized training infrastructure.",
        ],
        "nlp-engineer junior": [
          "Knows ML pipeline basics for NLP: data collection, preprocessing, feature extraction, training, evaluation.",
          "Uses scikit-learn Pipeline and spaCy for building simple NLP pipelines.",
        ],
        "nlp-engineer lead": [
          "Defines ML pipeline standards for the NLP team.",
          "Establishes MLOps best practices, defines model lifecycle management processes, and ensures reproducibility of all NLP experiments.",
        ],
        "nlp-engineer middle": [
          "Independently designs ML pipelines for NLP tasks: data versioning, text feature engineering, hyperparameter tuning, model selection.",
          "Automates via Airflow or Prefect.",
        ],
        "nlp-engineer principal": [
          "Shapes enterprise MLOps strategy for the NLP platform.",
          "Defines ML pipeline standards, model governance, and infrastructure for scaling NLP ML operations at organizational level.",
        ],
        "nlp-engineer senior": [
          "Designs production ML pipelines for NLP systems.",
          "Implements CI/CD for models, automatic retraining on drift detection, A/B testing of NLP models with automatic promotion.",
        ],
      }
    `);
  });

  it('joins back into any text, the same way every time', () => {
    const pieces = fc.constantFrom(
      'a',
      'B',
      'é',
      '3',
      '.',
      '!',
      '?',
      ';',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u3000',
      '。',
      '！',
      '；',
      '"',
      '”',
      ')',
      '(',
      '「',
      '」',
      '…',
      'e.g.',
      'etc.',
      'Dr.',
      'v2.1',
      'A/B',
      '中',
      '😀',
      'Ω',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          const items = splitExpectations(text);
          expect(joinsBack(text, items)).toBe(true);
          expect(splitExpectations(text)).toEqual(items);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(joinsBack(text, splitExpectations(text))).toBe(true);
      }),
    );
  });
});
