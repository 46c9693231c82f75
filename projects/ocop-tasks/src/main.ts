import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { TasksApp } from './app/tasks-app';

defineOcopElement('ocop-tasks-app', TasksApp, ocopElementConfig).catch((err: unknown) =>
  console.error('[ocop] <ocop-tasks-app> could not start', err),
);
