import type { SecurityEvent, SecurityEvents } from '../../skills/security/SecurityEvents';

/** A security-event sink that keeps every event, in order (tests count them by type). */
export class RecordingSecurityEvents implements SecurityEvents {
  readonly events: SecurityEvent[] = [];
  record(event: SecurityEvent): void {
    this.events.push(event);
  }
  ofType(type: SecurityEvent['type']): SecurityEvent[] {
    return this.events.filter((event) => event.type === type);
  }
  clear(): void {
    this.events.length = 0;
  }
}
