package org.piu.targeting.matching.importer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * The UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL}): names from
 * FIRST_NAME..FOURTH_NAME (and NAME_ORIGINAL_SCRIPT), aliases from INDIVIDUAL_ALIAS/ALIAS_NAME, dates of birth
 * (DATE, YEAR, FROM_YEAR/TO_YEAR), NATIONALITY/VALUE, INDIVIDUAL_DOCUMENT (TYPE_OF_DOCUMENT, NUMBER,
 * ISSUING_COUNTRY). Entities are ignored. Each INDIVIDUAL is one row, numbered from 1 in document order.
 * Read with StAX, DTDs and external entities disabled.
 */
public final class UnConsolidatedListReader implements EntryReader {

    @Override
    public ParsedEntries read(InputStream in, ImportProgress progress) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<WatchlistEntry> entries = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int row = 0;
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamReader.START_ELEMENT
                        && x.getLocalName().equals("INDIVIDUAL")) {
                    row++;
                    int line = x.getLocation().getLineNumber();
                    Individual ind = readIndividual(x);
                    try {
                        WatchlistEntry e = ind.toEntry();
                        if (!seen.add(e.entryId())) {
                            throw new IllegalArgumentException("duplicate DATAID " + e.entryId());
                        }
                        entries.add(e);
                    } catch (IllegalArgumentException e) {
                        rejected.add(new RejectedRow(row, "INDIVIDUAL at line " + line + ": " + e.getMessage()));
                    }
                    if (row % 1000 == 0) {
                        progress.update(ImportProgress.Stage.READING, row, 0);
                    }
                }
            }
        } catch (XMLStreamException e) {
            rejected.add(new RejectedRow(
                    row + 1,
                    "malformed XML"
                            + (e.getLocation() != null
                                    ? " at line " + e.getLocation().getLineNumber()
                                    : "") + ": " + e.getMessage()));
        }
        progress.update(ImportProgress.Stage.READING, row, 0);
        return new ParsedEntries(entries, rejected, row);
    }

    private static final class Individual {
        String dataId = "";
        String referenceNumber = "";
        final String[] nameParts = new String[4];
        String originalScript = "";
        String gender = "";
        final List<String> aliases = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<DateOfBirth> dobs = new ArrayList<>();
        final List<String> badDobs = new ArrayList<>();
        final List<ListedDocument> documents = new ArrayList<>();

        WatchlistEntry toEntry() {
            String id = !referenceNumber.isBlank() ? referenceNumber : dataId;
            if (id.isBlank()) {
                throw new IllegalArgumentException("neither DATAID nor REFERENCE_NUMBER");
            }
            if (!badDobs.isEmpty()) {
                throw new IllegalArgumentException("invalid date of birth " + badDobs);
            }
            StringBuilder primary = new StringBuilder();
            for (String p : nameParts) {
                if (p != null && !p.isBlank()) {
                    if (!primary.isEmpty()) {
                        primary.append(' ');
                    }
                    primary.append(p.strip());
                }
            }
            List<String> names = new ArrayList<>();
            if (!primary.isEmpty()) {
                names.add(primary.toString());
            }
            if (!originalScript.isBlank()) {
                names.add(originalScript.strip());
            }
            names.addAll(aliases);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no FIRST_NAME..FOURTH_NAME and no alias");
            }
            return new WatchlistEntry(id, names, dobs, Gender.parse(gender), nationalities, documents);
        }
    }

    private static Individual readIndividual(XMLStreamReader x) throws XMLStreamException {
        Individual ind = new Individual();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            String el = x.getLocalName();
            switch (el) {
                case "DATAID" -> ind.dataId = x.getElementText().strip();
                case "REFERENCE_NUMBER" ->
                    ind.referenceNumber = x.getElementText().strip();
                case "FIRST_NAME" -> ind.nameParts[0] = x.getElementText();
                case "SECOND_NAME" -> ind.nameParts[1] = x.getElementText();
                case "THIRD_NAME" -> ind.nameParts[2] = x.getElementText();
                case "FOURTH_NAME" -> ind.nameParts[3] = x.getElementText();
                case "NAME_ORIGINAL_SCRIPT" -> ind.originalScript = x.getElementText();
                case "GENDER" -> ind.gender = x.getElementText();
                case "NATIONALITY" -> readValues(x, ind.nationalities);
                case "INDIVIDUAL_ALIAS" -> readAlias(x, ind);
                case "INDIVIDUAL_DATE_OF_BIRTH" -> readDob(x, ind);
                case "INDIVIDUAL_DOCUMENT" -> readDocument(x, ind);
                default -> depth++;
            }
        }
        return ind;
    }

    private static void readValues(XMLStreamReader x, List<String> out) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                if (x.getLocalName().equals("VALUE")) {
                    String v = x.getElementText().strip();
                    if (!v.isEmpty()) {
                        out.add(v);
                    }
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static java.util.Map<String, String> readChildren(XMLStreamReader x) throws XMLStreamException {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String name = x.getLocalName();
                try {
                    m.put(name, x.getElementText().strip());
                } catch (XMLStreamException nested) {
                    depth++;
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return m;
    }

    private static void readAlias(XMLStreamReader x, Individual ind) throws XMLStreamException {
        String name = readChildren(x).getOrDefault("ALIAS_NAME", "");
        if (!name.isBlank()) {
            ind.aliases.add(name);
        }
    }

    private static void readDob(XMLStreamReader x, Individual ind) throws XMLStreamException {
        java.util.Map<String, String> m = readChildren(x);
        try {
            String date = m.getOrDefault("DATE", "");
            String year = m.getOrDefault("YEAR", "");
            String from = m.getOrDefault("FROM_YEAR", "");
            String to = m.getOrDefault("TO_YEAR", "");
            if (!date.isBlank()) {
                ind.dobs.add(DateOfBirth.parse(date.length() > 10 ? date.substring(0, 10) : date)
                        .orElseThrow());
            } else if (!year.isBlank()) {
                ind.dobs.add(DateOfBirth.parse(year).orElseThrow());
            } else if (!from.isBlank() && !to.isBlank()) {
                ind.dobs.add(DateOfBirth.between(Integer.parseInt(from), Integer.parseInt(to)));
            }
        } catch (IllegalArgumentException e) {
            ind.badDobs.add(m.toString());
        }
    }

    private static void readDocument(XMLStreamReader x, Individual ind) throws XMLStreamException {
        java.util.Map<String, String> m = readChildren(x);
        String number = m.getOrDefault("NUMBER", "");
        if (!number.isBlank()) {
            ind.documents.add(new ListedDocument(
                    m.getOrDefault("TYPE_OF_DOCUMENT", ""), number, m.getOrDefault("ISSUING_COUNTRY", "")));
        }
    }
}
