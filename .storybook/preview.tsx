import '@skill-ladder/react/styles.css';
import './themes.css';
import type { Decorator, Preview } from '@storybook/react-vite';

/** Storybook globals that every story follows: the colour theme and the interface language. */
export const themes = {
  light: { title: 'Light', theme: 'light', className: undefined },
  dark: { title: 'Dark', theme: 'dark', className: undefined },
  corporate: { title: 'Corporate blue', theme: 'light', className: 'theme-corporate' },
  warm: { title: 'Warm rounded', theme: 'light', className: 'theme-warm' },
} as const;

export type ThemeName = keyof typeof themes;

// Stories read the globals through args: a story's own args win over the toolbar.
const withGlobals: Decorator = (Story, context) => {
  const theme = themes[(context.globals.theme as ThemeName) ?? 'light'] ?? themes.light;
  const locale = context.globals.locale as string;
  document.body.style.background = theme.theme === 'dark' ? '#010409' : '#ffffff';
  return (
    <Story
      args={{
        theme: theme.theme,
        locale,
        ...context.args,
        className: [theme.className, context.args.className].filter(Boolean).join(' ') || undefined,
      }}
    />
  );
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // An accessibility violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
