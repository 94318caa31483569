/** How long a closed connection's awareness ids stay reserved for its member: a reconnect takes a few seconds. */
export const RECONNECT_GRACE_MS = 30_000;

/**
 * Who may speak for each awareness client id in one workshop's room (YJS6): the connection that first used it, until
 * that connection closes. Without this, one forged entry carrying another connection's id (with a higher clock) took
 * that presence over, and closing the forger then removed it from the room for as long as the owner's renewals,
 * carrying lower clocks, were ignored.
 *
 * The room's own client id (its doc's, visible to every member in the doc's state vector) belongs to no connection.
 * An id whose connection closed stays reserved for the same member for `RECONNECT_GRACE_MS`, so a page that reconnects
 * (it keeps its client id) gets its presence back, and nobody else can claim it in between.
 */
export class AwarenessOwners<Owner> {
  private readonly owners = new Map<number, Owner>();
  private readonly reserved = new Map<number, { member: string; until: number }>();

  constructor(
    private readonly roomClientId: number,
    /** The member a connection speaks for. */
    private readonly memberOf: (owner: Owner) => string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `owner` may send an update touching all of `clientIds`: none is the room's, another connection's, or reserved for another member. */
  mayTouch(owner: Owner, clientIds: Iterable<number>): boolean {
    for (const clientId of clientIds) {
      if (clientId === this.roomClientId) return false;
      const current = this.owners.get(clientId);
      if (current !== undefined && current !== owner) return false;
      const reservation = this.reserved.get(clientId);
      if (reservation && reservation.until > this.now() && reservation.member !== this.memberOf(owner)) return false;
    }
    return true;
  }

  /**
   * Binds `clientId` to `owner`. Call it only for an id `mayTouch` has just allowed, so an id never passes from one
   * live owner to another.
   */
  bind(owner: Owner, clientId: number): void {
    this.owners.set(clientId, owner);
    this.reserved.delete(clientId);
  }

  /**
   * Frees every id `owner` holds (its connection closed) and returns them, to be removed from awareness; each stays
   * reserved for the same member for RECONNECT_GRACE_MS.
   */
  release(owner: Owner): number[] {
    const freed: number[] = [];
    for (const [clientId, current] of this.owners) if (current === owner) freed.push(clientId);
    const until = this.now() + RECONNECT_GRACE_MS;
    for (const [clientId, reservation] of this.reserved) if (reservation.until <= this.now()) this.reserved.delete(clientId);
    for (const clientId of freed) {
      this.owners.delete(clientId);
      this.reserved.set(clientId, { member: this.memberOf(owner), until });
    }
    return freed;
  }
}
