package org.piu.targeting.matching.importer;

/** A source row that was not imported: its row number (1-based, header = row 1 for CSV) and why. */
public record RejectedRow(int row, String reason) {}
