import type { CommandName } from '../workshop/commandSchemas';

/**
 * Every command's name, checked against the command table both ways (a name missing here, or one the table lacks, does
 * not compile). A list of its own rather than the keys of `commandSchemas`, so browser code can check a name without
 * loading zod and every payload schema (~100 KB of the client's bundle, measured).
 */
const NAMED: { readonly [K in CommandName]: true } = {
  'workshop:update': true,
  'session:update': true,
  'session:open': true,
  'board:add': true,
  'board:update': true,
  'board:remove': true,
  'board:move': true,
  'joinCode:rotate': true,
  'member:remove': true,
  'member:updateProfile': true,
  'board:configure': true,
  'board:setPhase': true,
  'board:lock': true,
  'board:timer': true,
  'board:focus': true,
  'card:add': true,
  'card:edit': true,
  'card:delete': true,
  'card:move': true,
  'card:merge': true,
  'card:hide': true,
  'cluster:add': true,
  'cluster:rename': true,
  'cluster:remove': true,
  'card:place': true,
  'cluster:place': true,
  'board:tidy': true,
  'vote:cast': true,
  'vote:retract': true,
  'item:agree': true,
  'item:unagree': true,
  'facilitator:undo': true,
  'plan:update': true,
  'objective:add': true,
  'objective:importAgreed': true,
  'objective:update': true,
  'objective:move': true,
  'objective:remove': true,
  'action:add': true,
  'action:update': true,
  'action:setLead': true,
  'action:move': true,
  'action:remove': true,
  'proposal:add': true,
  'proposal:decide': true,
  'plan:consult': true,
  'plan:respond': true,
  'plan:agree': true,
  'progress:report': true,
  'survey:configure': true,
  'survey:open': true,
  'survey:close': true,
  'healthCheck:add': true,
  'healthCheck:remove': true,
  'healthCheck:open': true,
  'healthCheck:close': true,
  'healthCheck:rate': true,
  'survey:answer': true,
  'programme:share': true,
};

export const COMMAND_NAMES = Object.keys(NAMED) as readonly CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(NAMED, name);
}
