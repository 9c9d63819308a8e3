import type { Ladder, LevelIdOf, RoleIdOf } from '../types.js';

/**
 * The ML Pipelines skill ladder: six roles across five levels. Descriptions are kept
 * verbatim from the source page; a test checks every cell against a copy of it.
 *
 * @example
 * mlPipelines.levels.map((level) => level.name) // ['Junior', 'Middle', 'Senior', 'Lead', 'Principal']
 */
export const mlPipelines = {
  id: 'ml-pipelines',
  name: 'ML Pipelines',
  domain: 'Machine Learning & AI',
  group: 'MLOps',
  keywords: [
    'Kubeflow',
    'Vertex AI',
    'SageMaker Pipelines',
    'reproducibility',
    'training automation',
  ],
  updated: '2026-03-17',
  levels: [
    { id: 'junior', name: 'Junior' },
    { id: 'middle', name: 'Middle' },
    { id: 'senior', name: 'Senior' },
    { id: 'lead', name: 'Lead' },
    { id: 'principal', name: 'Principal' },
  ],
  roles: [
    { id: 'computer-vision-engineer', name: 'Computer Vision Engineer' },
    { id: 'data-scientist', name: 'Data Scientist' },
    { id: 'llm-engineer', name: 'LLM Engineer' },
    { id: 'ml-engineer', name: 'ML Engineer' },
    { id: 'mlops-engineer', name: 'MLOps Engineer' },
    { id: 'nlp-engineer', name: 'NLP Engineer' },
  ],
  cells: [
    {
      role: 'computer-vision-engineer',
      level: 'junior',
      requirement: 'optional',
      description:
        'Understands ML pipeline stages for computer vision: data loading, augmentation, training, and evaluation. Runs existing pipelines and tracks experiment metrics using MLflow or Weights & Biases.',
    },
    {
      role: 'data-scientist',
      level: 'junior',
      requirement: 'required',
      description:
        'Creates basic ML pipelines via scikit-learn Pipeline: preprocessing, feature engineering, model training. Understands pipeline importance for reproducibility and data leakage prevention. Saves pipelines as single artifacts for deployment.',
    },
    {
      role: 'llm-engineer',
      level: 'junior',
      requirement: 'optional',
      description:
        'Knows ML pipeline basics: data loading, preprocessing, training, evaluation. Builds simple pipelines for LLM fine-tuning data preparation using Hugging Face Datasets.',
    },
    {
      role: 'ml-engineer',
      level: 'junior',
      requirement: 'required',
      description:
        'Understands ML pipeline concept: data → features → training → evaluation → deployment. Writes simple pipeline scripts. Uses Airflow DAG for basic ML workflow.',
    },
    {
      role: 'mlops-engineer',
      level: 'junior',
      requirement: 'optional',
      description:
        'Understands ML pipeline concepts: data validation, model training, and deployment stages. Configures pipeline runners (Airflow, Kubeflow) and monitors pipeline health metrics.',
    },
    {
      role: 'nlp-engineer',
      level: 'junior',
      requirement: 'required',
      description:
        'Knows ML pipeline basics for NLP: data collection, preprocessing, feature extraction, training, evaluation. Uses scikit-learn Pipeline and spaCy for building simple NLP pipelines.',
    },
    {
      role: 'computer-vision-engineer',
      level: 'middle',
      requirement: 'optional',
      description:
        'Builds end-to-end ML pipelines for vision models: dataset versioning, distributed training, hyperparameter tuning, and model registry integration. Implements data quality checks for image datasets.',
    },
    {
      role: 'data-scientist',
      level: 'middle',
      requirement: 'required',
      description:
        'Designs production ML pipelines using Airflow, Prefect, or Dagster. Automates the full ML cycle: data ingestion, validation, feature engineering, training, evaluation, deployment. Configures scheduling and retry logic.',
    },
    {
      role: 'llm-engineer',
      level: 'middle',
      requirement: 'optional',
      description:
        'Independently builds production ML pipelines for LLM: data ingestion, cleaning, tokenization, training, evaluation. Uses Airflow or Prefect for orchestration, ensures idempotency.',
    },
    {
      role: 'ml-engineer',
      level: 'middle',
      requirement: 'required',
      description:
        'Designs ML pipelines with Kubeflow/Airflow. Configures parameterized pipelines for different models. Automates retraining with data quality checks. Implements pipeline testing.',
    },
    {
      role: 'mlops-engineer',
      level: 'middle',
      requirement: 'optional',
      description:
        'Implements automated ML pipelines with feature stores, model versioning, and A/B testing infrastructure. Builds CI/CD for model training with automated retraining triggers on data drift detection.',
    },
    {
      role: 'nlp-engineer',
      level: 'middle',
      requirement: 'required',
      description:
        'Independently designs ML pipelines for NLP tasks: data versioning, text feature engineering, hyperparameter tuning, model selection. Automates via Airflow or Prefect.',
    },
    {
      role: 'computer-vision-engineer',
      level: 'senior',
      requirement: 'required',
      description:
        'Designs scalable ML pipeline architectures for large-scale vision systems: multi-GPU training orchestration, model distillation workflows, and production inference pipelines with latency optimization.',
    },
    {
      role: 'data-scientist',
      level: 'senior',
      requirement: 'required',
      description:
        'Designs scalable ML pipelines for enterprise: Kubeflow, Vertex AI Pipelines, SageMaker Pipelines. Implements continuous training, automated model promotion. Optimizes pipeline performance through caching, parallel execution, and incremental processing.',
    },
    {
      role: 'llm-engineer',
      level: 'senior',
      requirement: 'optional',
      description:
        'Designs complex ML pipelines for LLM platforms: multi-stage data processing, continuous training, automated retraining triggers. Optimizes pipeline throughput and reliability.',
    },
    {
      role: 'ml-engineer',
      level: 'senior',
      requirement: 'required',
      description:
        'Designs ML pipeline architecture. Optimizes pipeline execution (caching, parallel steps). Configures CI/CD for pipeline deployment. Ensures reproducibility.',
    },
    {
      role: 'mlops-engineer',
      level: 'senior',
      requirement: 'required',
      description:
        'Designs enterprise ML platform with pipeline orchestration, model governance, and reproducibility guarantees. Implements canary deployments for models, automated rollback on performance degradation, and cost-optimized training infrastructure.',
    },
    {
      role: 'nlp-engineer',
      level: 'senior',
      requirement: 'required',
      description:
        'Designs production ML pipelines for NLP systems. Implements CI/CD for models, automatic retraining on drift detection, A/B testing of NLP models with automatic promotion.',
    },
    {
      role: 'computer-vision-engineer',
      level: 'lead',
      requirement: 'required',
      description:
        'Defines ML Pipelines strategy at the team/product level. Establishes standards and best practices. Conducts reviews.',
    },
    {
      role: 'data-scientist',
      level: 'lead',
      requirement: 'required',
      description:
        'Defines ML pipeline infrastructure strategy for the data science team. Establishes pipeline development, testing, and monitoring standards. Coordinates unification of pipeline approaches across projects and teams.',
    },
    {
      role: 'llm-engineer',
      level: 'lead',
      requirement: 'optional',
      description:
        'Defines ML pipeline standards for the LLM team. Establishes guidelines for pipeline architecture, monitoring, error handling. Coordinates pipeline infrastructure for training and inference.',
    },
    {
      role: 'ml-engineer',
      level: 'lead',
      requirement: 'required',
      description:
        'Defines ML pipeline strategy. Standardizes pipeline components. Designs pipeline templating for faster development.',
    },
    {
      role: 'mlops-engineer',
      level: 'lead',
      requirement: 'required',
      description:
        'Defines the ML Pipelines strategy at team/product level. Establishes standards and best practices. Conducts reviews.',
    },
    {
      role: 'nlp-engineer',
      level: 'lead',
      requirement: 'required',
      description:
        'Defines ML pipeline standards for the NLP team. Establishes MLOps best practices, defines model lifecycle management processes, and ensures reproducibility of all NLP experiments.',
    },
    {
      role: 'computer-vision-engineer',
      level: 'principal',
      requirement: 'required',
      description:
        'Defines ML Pipelines strategy at the organizational level. Establishes enterprise approaches. Mentors leads and architects.',
    },
    {
      role: 'data-scientist',
      level: 'principal',
      requirement: 'required',
      description:
        'Shapes ML orchestration platform strategy at organizational level. Defines enterprise requirements: scalability, governance, cost management. Designs unified ML pipeline platform for all data science teams.',
    },
    {
      role: 'llm-engineer',
      level: 'principal',
      requirement: 'optional',
      description:
        'Shapes enterprise ML pipeline platform. Defines approaches to unified pipeline frameworks, cross-team pipeline components, and SLA and cost management for data/training/serving pipelines.',
    },
    {
      role: 'ml-engineer',
      level: 'principal',
      requirement: 'required',
      description:
        'Defines ML pipeline platform strategy. Evaluates pipeline orchestrators. Designs enterprise ML pipeline architecture.',
    },
    {
      role: 'mlops-engineer',
      level: 'principal',
      requirement: 'required',
      description:
        'Defines the ML Pipelines strategy at the organizational level. Establishes enterprise approaches. Mentors leads and architects.',
    },
    {
      role: 'nlp-engineer',
      level: 'principal',
      requirement: 'required',
      description:
        'Shapes enterprise MLOps strategy for the NLP platform. Defines ML pipeline standards, model governance, and infrastructure for scaling NLP ML operations at organizational level.',
    },
  ],
} as const satisfies Ladder;

/**
 * Level ids of the ML Pipelines ladder.
 *
 * @example
 * const level: MlPipelinesLevelId = 'senior';
 */
export type MlPipelinesLevelId = LevelIdOf<typeof mlPipelines>;

/**
 * Role ids of the ML Pipelines ladder.
 *
 * @example
 * const role: MlPipelinesRoleId = 'mlops-engineer';
 */
export type MlPipelinesRoleId = RoleIdOf<typeof mlPipelines>;
