/** A sector's task list as the scan reads it: the content entry's data, typed from its schema. */
import type { z } from 'astro/zod';
import type { taskListSchema } from '../../schemas/task-lists.ts';

export type TaskListData = z.output<ReturnType<typeof taskListSchema>>;
export type Task = TaskListData['tasks'][number];

/** What the scan needs of a task list: the sector and its tasks. */
export type TaskList = Pick<TaskListData, 'sector' | 'intro' | 'tasks' | 'demo'>;
