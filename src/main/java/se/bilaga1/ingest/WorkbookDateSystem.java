package se.bilaga1.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The date system of an xlsx: whether its day numbers count from 1900 (Excel's default) or from 1904 (the
 * {@code date1904} setting that Excel for Mac can save). The two are 1462 days apart, so a workbook read in the wrong
 * one has every date four years and a day off, and nothing else in the file shows it.
 *
 * <p>The setting is read here from the workbook part the xlsx reader reads (the one [Content_Types].xml names, as
 * fastexcel-reader finds it), strictly as the XML boolean it is, and {@link #checkReaderAgrees} holds the reader to
 * it before any row is read. A setting that is no XML boolean, a workbook that gives it twice or names two workbook
 * parts, and a setting the reader takes otherwise reject the file: its dates cannot be read with certainty.
 */
record WorkbookDateSystem(String part, boolean date1904, String setting) {

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    private static final String APART = "whether its dates count from 1900 or from 1904, four years and a day apart,";
    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The last day number that is a date, 9999-12-31; a larger one in a date format is no date (Excel shows #####). */
    long lastDay() {
        return date1904 ? 2_957_003 : 2_958_465;
    }

    /** Reads the date system of a workbook that {@link ZipGuard} has found sound. */
    static WorkbookDateSystem of(Path file) throws IOException, FileRejectedException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<String> workbooks = new ArrayList<>();
            forEachStartElement(zip, "[Content_Types].xml", "Override", xml -> {
                if (WORKBOOK_CONTENT_TYPES.contains(xml.getAttributeValue(null, "ContentType"))) {
                    workbooks.add(xml.getAttributeValue(null, "PartName"));
                }
            });
            if (workbooks.size() > 1) {
                throw new FileRejectedException("its [Content_Types].xml names " + workbooks.size() + " workbook parts ("
                        + String.join(", ", workbooks) + "): which one holds its date system, and so " + APART
                        + " cannot be told; not read. Expected a workbook as Excel saves it (.xlsx)");
            }
            String part = workbooks.isEmpty() || workbooks.get(0) == null ? "xl/workbook.xml"
                    : workbooks.get(0).replaceFirst("^/", "");
            List<String> settings = new ArrayList<>();
            forEachStartElement(zip, part, "workbookPr", xml -> settings.add(xml.getAttributeValue(null, "date1904")));
            if (settings.size() > 1) {
                throw new FileRejectedException("its workbook settings (" + part + ") are given " + settings.size()
                        + " times (" + String.join(", then ", settings.stream().map(WorkbookDateSystem::said).toList())
                        + "): " + APART + " cannot be told, so none is read. Expected the workbook as Excel saves it,"
                        + " with its settings (workbookPr) once");
            }
            String setting = settings.isEmpty() ? null : settings.get(0);
            return new WorkbookDateSystem(part, setting != null && isTrue(part, setting), setting);
        }
    }

    /** The reader's own reading of the setting must be this one: a reader that takes it otherwise shifts every date. */
    void checkReaderAgrees(boolean readerDate1904) throws FileRejectedException {
        if (readerDate1904 != date1904) {
            throw new FileRejectedException("its workbook settings (" + part + ") say " + said(setting) + ": its dates"
                    + " count from " + (date1904 ? 1904 : 1900) + ", but the xlsx reader would count them from "
                    + (readerDate1904 ? 1904 : 1900) + ", four years and a day off, so none is read. Expected date1904"
                    + " as Excel writes it (1 or 0): open the workbook in Excel and save it again");
        }
    }

    /** An XML Schema boolean: 1 or true, 0 or false, blanks around it allowed. */
    private static boolean isTrue(String part, String setting) throws FileRejectedException {
        return switch (setting.replaceAll("^[ \t\r\n]+|[ \t\r\n]+$", "")) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new FileRejectedException("its workbook settings (" + part + ") say " + said(setting)
                    + ", which is not 0, 1, true or false: " + APART + " cannot be told, so none is read. Expected the"
                    + " workbook as Excel saves it: date1904 left out, 0 or false (the 1900 date system), or 1 or true"
                    + " (1904)");
        };
    }

    private static String said(String setting) {
        return setting == null ? "no date1904" : "date1904=\"" + setting + "\"";
    }

    private interface ElementVisitor {
        void visit(XMLStreamReader xml) throws FileRejectedException;
    }

    /** Streams one XML part, looked up as fastexcel-reader looks it up (by name, else ignoring case). */
    private static void forEachStartElement(ZipFile zip, String part, String localName, ElementVisitor visitor)
            throws IOException, FileRejectedException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            entry = Collections.list(zip.getEntries()).stream().filter(e -> e.getName().equalsIgnoreCase(part)).findFirst()
                    .orElseThrow(() -> new IOException("the workbook has no part " + part));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && localName.equals(xml.getLocalName())) {
                        visitor.visit(xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("its part " + part + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
