import { EXPORT_REGISTRY } from './exportRegistry';
import { renderTasks } from './renderTask';

/** [CAP1] The entry of each render worker (documentRenderer.ts starts them): every registered document's renderers. */
export default renderTasks(EXPORT_REGISTRY);
