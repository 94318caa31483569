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
  'board:configure',
  'board:setPhase',
  'board:lock',
  'board:timer',
  'board:focus',
  'card:add',
  'card:edit',
  'card:delete',
  'card:move',
  'card:merge',
  'card:hide',
  'cluster:add',
  'cluster:rename',
  'cluster:remove',
  'vote:cast',
  'vote:retract',
  'item:agree',
  'item:unagree',
  'facilitator:undo',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
