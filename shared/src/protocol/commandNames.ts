/** Every command's event name (`concept:verb`). Without zod, so browser code can check a name cheaply. */
export const COMMAND_NAMES = [
  'workshop:update',
  'session:update',
  'session:open',
  'board:add',
  'board:update',
  'board:remove',
  'board:move',
  'joinCode:rotate',
  'member:remove',
  'member:updateProfile',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
