/**
 * Who may speak for each awareness client id in one workshop's room (YJS6): the connection that first used it, until
 * that connection closes. Without this, one forged entry carrying another connection's id (with a higher clock) took
 * that presence over, and closing the forger then removed it from the room for as long as the owner's renewals,
 * carrying lower clocks, were ignored.
 *
 * The room's own client id (its doc's, visible to every member in the doc's state vector) belongs to no connection.
 */
export class AwarenessOwners<Owner> {
  private readonly owners = new Map<number, Owner>();

  constructor(private readonly roomClientId: number) {}

  /** Whether `owner` may send an update touching all of `clientIds`: none is the room's or another connection's. */
  mayTouch(owner: Owner, clientIds: Iterable<number>): boolean {
    for (const clientId of clientIds) {
      if (clientId === this.roomClientId) return false;
      const current = this.owners.get(clientId);
      if (current !== undefined && current !== owner) return false;
    }
    return true;
  }

  /**
   * Binds `clientId` to `owner`. Call it only for an id `mayTouch` has just allowed, so an id never passes from one
   * live owner to another.
   */
  bind(owner: Owner, clientId: number): void {
    this.owners.set(clientId, owner);
  }

  /** Frees every id `owner` holds (its connection closed) and returns them, to be removed from awareness. */
  release(owner: Owner): number[] {
    const freed: number[] = [];
    for (const [clientId, current] of this.owners) if (current === owner) freed.push(clientId);
    for (const clientId of freed) this.owners.delete(clientId);
    return freed;
  }
}
