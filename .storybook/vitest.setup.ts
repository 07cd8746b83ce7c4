import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// The stories run as Vitest tests (`vitest --project storybook`) with the same decorators,
// loaders (the MSW worker) and parameters as in Storybook, and with addon-a11y's axe check.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
