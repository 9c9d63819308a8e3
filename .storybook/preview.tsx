import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
