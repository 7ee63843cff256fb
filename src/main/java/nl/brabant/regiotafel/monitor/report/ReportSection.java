package nl.brabant.regiotafel.monitor.report;

import java.util.List;

/**
 * One part of the report as both documents print it: a heading, an optional remark, an optional
 * chart (PNG) and a table. The Word and the PDF file are made from the same sections, so they can
 * not disagree.
 */
record ReportSection(
        String heading, String note, byte[] chart, List<String> header, List<List<String>> rows) {}
