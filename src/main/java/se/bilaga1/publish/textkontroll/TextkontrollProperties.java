package se.bilaga1.publish.textkontroll;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bilaga1.textkontroll.manus}: the report's manuscript (.docx, .md, .txt) a publishing run checks against its
 * cells, adding the sheet Textkontroll to the workbook and {@code bilaga1-N-textkontroll.csv}; none when unset.
 */
@ConfigurationProperties("bilaga1.textkontroll")
public record TextkontrollProperties(Path manus) {
}
