import type { CardId } from '@roundtable/shared/ids/ids';
import { getIndexAbove, type Editor, type IndexKey, type TLEventInfo, type TLParentId, type TLShape, type TLShapeId } from 'tldraw';
import {
  CARD_SHAPE_TYPE,
  cardDropCommand,
  cardShapeId,
  clusterShapeId,
  diffShapes,
  FRAME_SHAPE_TYPE,
  frameChangeCommand,
  placedSpec,
  type ShapeSpec,
  type WallCommand,
  type WallShapes,
} from './binding';

export interface WallSyncOptions {
  /** Read-only: the projector's wall. Nothing the canvas does is sent. */
  readOnly: boolean;
  /** Sends a command; resolves false if it was refused (the shape then goes back to the doc's place). */
  send(command: WallCommand): Promise<boolean>;
  /** A card is being dragged with its top-left here (page coordinates); null when the drag ends. */
  onDrag(drag: { cardId: CardId; x: number; y: number } | null): void;
}

/** The select tool's states in which a drag, resize or rotation is still going on. */
const GESTURES = ['select.translating', 'select.resizing', 'select.rotating', 'select.dragging_handle'];

const byKind = (a: ShapeSpec, b: ShapeSpec) => (a.kind === b.kind ? 0 : a.kind === 'frame' ? -1 : 1);

/**
 * [WALLV1] Keeps a tldraw editor showing the doc's shapes for one board, and turns what a facilitator finishes doing
 * on it into commands. The doc's shapes are written as remote changes (outside the undo history, and told apart from
 * the person's own); the person's changes are collected while a gesture lasts and sent when it ends. Anything the
 * person does that is no command (delete, rotate, draw, group…) is put back to what the doc says.
 */
export class WallSync {
  /** What the canvas shows of the doc: the last doc shapes written (a drop waiting for its answer aside). */
  private readonly shown = new Map<TLShapeId, ShapeSpec>();
  private wanted: WallShapes = new Map();
  /** Shapes the person changed since the last flush. */
  private readonly dirty = new Set<TLShapeId>();
  private flushQueued = false;
  private dragging = false;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly editor: Editor,
    private readonly options: WallSyncOptions,
  ) {
    // A fresh binding starts from an empty page (after a switch of mode, the shapes are written anew).
    this.write([], [...editor.getCurrentPageShapeIds()]);
    this.listen();
  }

  /** The doc's shapes for the board, now: writes only what changed. */
  show(wanted: WallShapes): void {
    this.wanted = wanted;
    this.apply();
  }

  /** Stops listening to the editor. */
  dispose(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  private gestureGoingOn(): boolean {
    return this.editor.isInAny(...GESTURES);
  }

  private apply(): void {
    const { put, remove } = diffShapes(this.shown, this.wanted);
    // What the person is dragging right now is left alone; it is put right once they drop it.
    const held = this.gestureGoingOn() ? this.dirty : new Set<TLShapeId>();
    const toPut = put.filter((s) => !held.has(s.id));
    const toRemove = remove.filter((id) => !held.has(id));
    this.write(toPut, toRemove);
    for (const spec of toPut) this.shown.set(spec.id, spec);
    for (const id of toRemove) this.shown.delete(id);
  }

  private write(put: readonly ShapeSpec[], remove: readonly TLShapeId[]): void {
    if (put.length === 0 && remove.length === 0) return;
    const { editor } = this;
    const pageId = editor.getCurrentPageId();
    const lastIndex = new Map<TLParentId, IndexKey>();
    const nextIndex = (parentId: TLParentId) => {
      const previous = lastIndex.get(parentId);
      const index = previous ? getIndexAbove(previous) : editor.getHighestIndexForParent(parentId);
      lastIndex.set(parentId, index);
      return index;
    };
    const records = [...put].sort(byKind).map((spec) => {
      const parentId: TLParentId = spec.kind === 'card' && spec.parentId && (editor.store.has(spec.parentId) || put.some((p) => p.id === spec.parentId)) ? spec.parentId : pageId;
      const existing = editor.getShape(spec.id);
      const index = existing && existing.parentId === parentId ? existing.index : nextIndex(parentId);
      const base = { typeName: 'shape' as const, id: spec.id, x: spec.x, y: spec.y, rotation: 0, index, parentId, isLocked: false, opacity: 1 };
      if (spec.kind === 'card') return { ...base, type: CARD_SHAPE_TYPE, props: spec.props, meta: {} } as TLShape;
      const props = existing?.type === FRAME_SHAPE_TYPE ? existing.props : editor.getShapeUtil(FRAME_SHAPE_TYPE).getDefaultProps();
      return { ...base, type: FRAME_SHAPE_TYPE, props: { ...props, ...spec.props }, meta: { votes: spec.votes, agreed: spec.agreed } } as TLShape;
    });
    editor.store.mergeRemoteChanges(() => {
      editor.store.put(records);
      const gone = remove.filter((id) => editor.store.has(id));
      if (gone.length > 0) editor.store.remove(gone);
    });
  }

  private listen(): void {
    const { editor } = this;
    const { sideEffects } = editor;
    this.disposers.push(
      sideEffects.registerAfterChangeHandler('shape', (_before, after, source) => {
        if (source !== 'user') return;
        this.dirty.add(after.id);
        if (after.type === CARD_SHAPE_TYPE && this.gestureGoingOn()) this.publishDrag(after.id);
        this.queueFlush();
      }),
      // Only the doc removes shapes; what the person adds (a drawing, a pasted picture, a group) goes again.
      sideEffects.registerBeforeDeleteHandler('shape', (_shape, source) => (source === 'user' ? false : undefined)),
      sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
        if (source !== 'user' || this.shown.has(shape.id)) return;
        queueMicrotask(() => this.write([], [shape.id]));
      }),
    );
    const onEvent = (info: TLEventInfo) => {
      if (info.type === 'pointer' || info.type === 'keyboard' || info.type === 'misc') this.queueFlush();
    };
    editor.on('event', onEvent);
    this.disposers.push(() => editor.off('event', onEvent));
  }

  private publishDrag(id: TLShapeId): void {
    if (this.options.readOnly) return;
    const bounds = this.editor.getShapePageBounds(id);
    const spec = this.shown.get(id);
    if (!bounds || spec?.kind !== 'card') return;
    this.dragging = true;
    this.options.onDrag({ cardId: spec.cardId, x: Math.round(bounds.x), y: Math.round(bounds.y) });
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  /** Once a gesture is over: the commands it asks for, sent; everything else put back. */
  private flush(): void {
    if (this.dirty.size === 0 || this.gestureGoingOn()) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    if (this.dragging) {
      this.dragging = false;
      this.options.onDrag(null);
    }
    const specs = ids.map((id) => this.shown.get(id)).filter((s): s is ShapeSpec => s !== undefined);
    const commands: WallCommand[] = [];
    const restore: ShapeSpec[] = [];
    // Frames first, so a card dropped with its frame lands against where the frame went.
    const frames = new Map<TLShapeId, ShapeSpec>(this.shown);
    for (const spec of [...specs].sort(byKind)) {
      const shape = this.editor.getShape(spec.id);
      const bounds = shape && shape.rotation === 0 && !this.options.readOnly ? this.editor.getShapePageBounds(shape) : undefined;
      let command: WallCommand | null = null;
      if (bounds && spec.kind === 'frame' && shape?.type === FRAME_SHAPE_TYPE) {
        command = frameChangeCommand(this.shown, spec.clusterId, { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h });
      } else if (bounds && spec.kind === 'card' && shape?.type === CARD_SHAPE_TYPE) {
        command = cardDropCommand(this.shown, spec.cardId, { x: bounds.x, y: bounds.y }, frames);
      }
      const placed = command ? placedSpec(this.shown, command) : null;
      if (command && placed) {
        commands.push(command);
        if (placed.kind === 'frame') frames.set(placed.id, placed);
      } else {
        restore.push(spec);
      }
    }
    const placed = commands.map((c) => placedSpec(this.shown, c)).filter((s): s is ShapeSpec => s !== null);
    this.write([...placed, ...restore], []);
    // What the doc changed under the gesture is shown now (a card someone else moved meanwhile goes to their place).
    this.apply();
    for (const command of commands) {
      void this.options.send(command).then((ok) => {
        if (!ok) this.putBack(command);
      });
    }
  }

  /** A refused command: its shape goes back to where the doc has it now. */
  private putBack(command: WallCommand): void {
    const id = command.name === 'card:place' ? cardShapeId(command.input.cardId) : clusterShapeId(command.input.clusterId);
    const spec = this.shown.get(id);
    if (spec) this.write([spec], []);
  }
}
