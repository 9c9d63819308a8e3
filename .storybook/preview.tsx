import '@skill-ladder/react/styles.css';
import '@skill-ladder/react/assessment.css';
import './themes.css';
import { LadderRoot, type LadderRootProps } from '@skill-ladder/react';
import type { Decorator, Preview } from '@storybook/react-vite';

/** The theme toolbar: light, dark, and two company themes made only of --sl-* tokens. */
const themes = {
  light: { title: 'Light', theme: 'light', className: undefined },
  dark: { title: 'Dark', theme: 'dark', className: undefined },
  corporate: { title: 'Corporate blue', theme: 'light', className: 'theme-corporate' },
  warm: { title: 'Warm rounded', theme: 'light', className: 'theme-warm' },
} as const;

type ThemeName = keyof typeof themes;

// Every story follows the toolbar. SkillLadder and LadderRoot take theme and locale as props;
// a part is wrapped in a LadderRoot of ML Pipelines that carries them, with the story's
// `parameters.root` (another ladder, a level, a career role). A story's own args win.
const withThemeAndLocale: Decorator = (Story, context) => {
  const chosen = themes[context.globals.theme as ThemeName] ?? themes.light;
  const locale = (context.args.locale as string | undefined) ?? (context.globals.locale as string);
  if (context.parameters.ladderRoot === false) {
    const className = [chosen.className, context.args.className].filter(Boolean).join(' ');
    return (
      <Story
        args={{ theme: chosen.theme, ...context.args, locale, className: className || undefined }}
      />
    );
  }
  const root = (context.parameters.root ?? {}) as LadderRootProps;
  return (
    <LadderRoot
      skill="ml-pipelines"
      theme={chosen.theme}
      className={chosen.className}
      locale={locale}
      {...root}
    >
      <Story />
    </LadderRoot>
  );
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
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
    options: {
      storySort: {
        order: ['Overview', 'Guides', 'Components', ['SkillLadder', '*'], '*'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
