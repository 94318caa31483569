import { renderTasks } from '../exports/renderTask';
import { RENDER_TEST_DOCUMENTS } from './renderTestDocuments';

/** A render worker for tests: the registry's documents and the test documents (renderTestDocuments.ts). */
export default renderTasks(RENDER_TEST_DOCUMENTS);
