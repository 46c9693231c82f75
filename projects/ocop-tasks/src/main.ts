import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { TasksApp } from './app/tasks-app';
import { manifest } from './manifest';

export { manifest };

defineOcopElement(manifest.tag, TasksApp, ocopElementConfig).catch((err: unknown) =>
  console.error(`[ocop] <${manifest.tag}> could not start`, err),
);
