package se.samspar.programme;

/** Published inside the transaction that creates a programme, for modules that set one up. */
public record ProgrammeCreated(long programmeId, ProgrammeKind kind) {
}
