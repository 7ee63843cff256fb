package nl.brabant.regiotafel.publication;

/** Something was published ({@code online} true) or withdrawn. */
public record PublicationChanged(long publicationId, long regionId, boolean online) {}
