import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { ShellApp } from './app/shell-app';
import { shellLifecycles } from './single-spa/lifecycles';

const ready = defineOcopElement('ocop-shell', ShellApp, ocopElementConfig);
ready.catch((err: unknown) => console.error('[ocop] <ocop-shell> could not start', err));

export const { bootstrap, mount, unmount, update } = shellLifecycles(ready);
