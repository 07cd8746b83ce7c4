import type { StorybookConfig } from '@storybook/react-vite';

/** Drops vite-plugin-dts (named `vite:dts`) from the merged vite.config.ts: its .d.ts output must not land in storybook-static. */
function withoutDts(plugins: unknown[]): unknown[] {
  return plugins
    .flat(Infinity as 1)
    .filter(
      (plugin) =>
        !(
          plugin &&
          typeof plugin === 'object' &&
          'name' in plugin &&
          /(^|:)dts$|vite-plugin-dts/.test(String((plugin as { name: unknown }).name))
        ),
    );
}

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx|mdx)', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  // public/ holds mockServiceWorker.js (`npx msw init public --save`): the mock API runs in the browser.
  staticDirs: ['../public'],
  async viteFinal(viteConfig) {
    viteConfig.plugins = withoutDts(viteConfig.plugins ?? []) as typeof viteConfig.plugins;
    // The stories import the kit's source stylesheet, whose tokens are light-dark() pairs on
    // :root. Vite's default CSS target lowers light-dark(), which breaks tokens declared on
    // :root (the shipped dist/styles.css is built to survive it; the source is not): a static
    // Storybook showed every component without colours. Target browsers that have light-dark().
    viteConfig.build = {
      ...viteConfig.build,
      cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    };
    return viteConfig;
  },
};

export default config;
