// A render worker's entry while the server runs from source (under tsx). A worker thread does not inherit the
// server's TypeScript loader, so this registers tsx for the thread, then loads the worker module that
// documentRenderer.ts names in the pool's workerData and hands on its default export. Compiled, the pool starts the
// worker's .js file directly and this file is not used.
import { register } from 'tsx/esm/api';
import Tinypool from 'tinypool';

register();
const { default: render } = await import(Tinypool.workerData.module);
export default render;
