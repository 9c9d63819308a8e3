import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The sample catalog (fictional data) as static JSON, for the Career framework stories.
  staticDirs: [{ from: '../samples/catalog/public', to: '/catalog' }],
};

export default config;
