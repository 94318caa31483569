import type { KeyValueStorage } from '../live/outboxStorage';

/**
 * The links made when a workshop is created are returned once and never again (the doc holds no tokens),
 * so the creating tab keeps them in sessionStorage to show on the console.
 */
export interface CreationLinks {
  facilitatorUrl: string;
  coFacilitatorUrl: string;
}

function key(workshopId: string): string {
  return `roundtable.creationLinks.${workshopId}`;
}

export function stashCreationLinks(storage: KeyValueStorage, workshopId: string, links: CreationLinks): void {
  try {
    storage.setItem(key(workshopId), JSON.stringify(links));
  } catch {
    // Storage refused: the console simply will not show the links.
  }
}

export function readCreationLinks(storage: KeyValueStorage, workshopId: string): CreationLinks | null {
  try {
    const parsed = JSON.parse(storage.getItem(key(workshopId)) ?? 'null') as Partial<CreationLinks> | null;
    if (typeof parsed?.facilitatorUrl === 'string' && typeof parsed.coFacilitatorUrl === 'string') {
      return { facilitatorUrl: parsed.facilitatorUrl, coFacilitatorUrl: parsed.coFacilitatorUrl };
    }
  } catch {
    // Unreadable: treat as absent.
  }
  return null;
}
