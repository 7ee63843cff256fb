package nl.brabant.regiotafel.workspace;

import java.util.List;
import nl.brabant.regiotafel.region.RegionSummary;

/** What the workspace page shows of a region. */
public record RegionWorkspace(RegionSummary region, List<String> municipalities) {}
